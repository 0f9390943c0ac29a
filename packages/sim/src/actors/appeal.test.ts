import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { trueScores } from '../env/true-scores';
import { handWorld, quietWorld } from '../testing/hand-world';
import { createWorld } from '../world/create-world';
import { clickProbability, itemTerms, meanClickUtility, trueRelevance } from './response-model';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe('item appeal (the item main effect of relevance)', () => {
  // One user on topic [1, 0]; item 0 on that topic, item 1 orthogonal but broadly appealing.
  const world = handWorld({
    config: {
      ...quietWorld,
      click: { intercept: -1, relevance: 2, clickbait: 0, polarity: 0, opinionAlignment: 0 },
      utility: { intercept: 0, relevance: 1, quality: 1, clickbait: 0, noise: 0 },
    },
    preferences: [[1, 0]],
    topics: [
      [1, 0],
      [0, 1],
    ],
    quality: [0, 0],
    clickbait: [0, 0],
    appeal: [0, 0.5],
  });
  const terms = itemTerms(world);

  it('adds to the cosine of taste, for clicks and for utility alike', () => {
    // Item 0: cos 1 + appeal 0 = 1; item 1: cos 0 + appeal 0.5 = 0.5.
    expect(trueRelevance(world, 0, 0)).toBe(1);
    expect(trueRelevance(world, 0, 1)).toBe(0.5);
    // P(click | examined) = sigmoid(-1 + 2 × 0.5) = sigmoid(0) = 1/2; E[utility | click] = 0.5.
    expect(clickProbability(world, terms, 0, 1, 0.5)).toBe(0.5);
    expect(meanClickUtility(world, terms, 1, 0.5)).toBe(0.5);
    // True score of item 1 = 1/2 × 0.5 = 0.25; item 0: sigmoid(1) × 1 = 0.731059.
    const scores = trueScores(world, Int32Array.of(0));
    expect(scores[1]).toBeCloseTo(0.25, 6);
    expect(scores[0]).toBeCloseTo(sigmoid(1), 6);
  });

  it('is drawn N(0, appealSpread²) per item, and is 0 when the spread is 0', () => {
    const spread = 0.2;
    const drawn = createWorld(
      { numItems: 4000, numCreators: 40, items: { appealSpread: spread } },
      createRng(3),
    );
    let sum = 0;
    let squares = 0;
    for (const a of drawn.items.appeal) {
      sum += a;
      squares += a * a;
    }
    // Mean 0 (standard error 0.2 / sqrt(4000) = 0.003), variance 0.04.
    expect(Math.abs(sum / 4000)).toBeLessThan(0.015);
    expect(squares / 4000).toBeGreaterThan(0.036);
    expect(squares / 4000).toBeLessThan(0.044);
    const none = createWorld({ numItems: 50, items: { appealSpread: 0 } }, createRng(3));
    expect(none.items.appeal.every((a) => a === 0)).toBe(true);
  });
});

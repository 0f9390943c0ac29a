import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { handWorld, quietWorld } from '../testing/hand-world';
import {
  clickProbability,
  examinationProbabilities,
  itemTerms,
  meanClickUtility,
  scoreItemsForUser,
  trueRelevance,
} from './response-model';
import { simulateSessions } from './session';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// Two items on the user's own topic, identical but for clickbait (and the quality it costs).
function twinItems(numUsers: number, examination = { eta: 1 }) {
  return handWorld({
    config: { ...quietWorld, slateSize: 2, examination, utility: { noise: 0.3 } },
    preferences: Array.from({ length: numUsers }, () => [1, 0]),
    topics: [
      [1, 0],
      [1, 0],
    ],
    quality: [0.5, 0.5],
    clickbait: [0.1, 0.9],
  });
}

describe('examination', () => {
  it('is 1 / (1 + k)^eta by 0-based position', () => {
    expect([...examinationProbabilities(4, 1)]).toEqual([1, 1 / 2, 1 / 3, 1 / 4]);
    expect([...examinationProbabilities(3, 2)]).toEqual([1, 1 / 4, 1 / 9]);
    expect([...examinationProbabilities(3, 0)]).toEqual([1, 1, 1]);
  });

  it('decays with position in simulated sessions', () => {
    const world = handWorld({
      config: { ...quietWorld, slateSize: 4 },
      preferences: Array.from({ length: 5000 }, () => [1, 0]),
      topics: [
        [1, 0],
        [0, 1],
        [1, 1],
        [1, -1],
      ],
      quality: [0.5, 0.5, 0.5, 0.5],
      clickbait: [0, 0, 0, 0],
    });
    const users = Int32Array.from({ length: 5000 }, (_, u) => u);
    const slates = new Int32Array(5000 * 4);
    for (let u = 0; u < 5000; u++) slates.set([0, 1, 2, 3], u * 4);
    const round = simulateSessions(world, users, slates, 0, createRng(1));
    const examined = [0, 0, 0, 0];
    for (let x = 0; x < round.log.length; x++)
      examined[round.log.position[x]!]! += round.examined[x]!;
    const rate = examined.map((count) => count / 5000);
    // Expected 1, 1/2, 1/3, 1/4; the standard error is below 0.008.
    expect(rate[0]).toBe(1);
    expect(Math.abs(rate[1]! - 1 / 2)).toBeLessThan(0.03);
    expect(Math.abs(rate[2]! - 1 / 3)).toBeLessThan(0.03);
    expect(Math.abs(rate[3]! - 1 / 4)).toBeLessThan(0.03);
    expect(rate[1]! > rate[2]! && rate[2]! > rate[3]!).toBe(true);
  });
});

describe('clicks and utility', () => {
  it('click probability rises with clickbait at equal relevance; quality does not move it', () => {
    const world = twinItems(1);
    const terms = itemTerms(world);
    const low = clickProbability(world, terms, 0, 0, 1);
    const high = clickProbability(world, terms, 0, 1, 1);
    // default click model: sigmoid(-1.5 + 2.5 * 1 + 2 * 1 * bait)
    expect(low).toBeCloseTo(sigmoid(-1.5 + 2.5 + 0.2), 6);
    expect(high).toBeCloseTo(sigmoid(-1.5 + 2.5 + 1.8), 6);
    world.items.quality[0] = 1;
    expect(clickProbability(world, itemTerms(world), 0, 0, 1)).toBe(low);
  });

  it('utility of a click falls with clickbait and rises with quality and relevance', () => {
    const world = twinItems(1);
    const terms = itemTerms(world);
    expect(meanClickUtility(world, terms, 0, 1)).toBeCloseTo(1 + 0.5 - 0.1, 6);
    expect(meanClickUtility(world, terms, 1, 1)).toBeCloseTo(1 + 0.5 - 0.9, 6);
    expect(meanClickUtility(world, terms, 0, 0.2)).toBeCloseTo(0.2 + 0.5 - 0.1, 6);
  });

  it('in simulated sessions, the clickbait twin is clicked more but worth less per click', () => {
    const n = 4000;
    const world = twinItems(n, { eta: 0 });
    const users = Int32Array.from({ length: n }, (_, u) => u);
    const slates = new Int32Array(n * 2);
    // Half the users see the low-bait item first, half the high-bait one, so position cancels.
    for (let u = 0; u < n; u++) slates.set(u % 2 === 0 ? [0, 1] : [1, 0], u * 2);
    const round = simulateSessions(world, users, slates, 0, createRng(2));
    const clicks = [0, 0];
    const utility = [0, 0];
    for (let x = 0; x < round.log.length; x++) {
      const i = round.log.item[x]!;
      clicks[i]! += round.log.clicked[x]!;
      utility[i]! += round.utility[x]!;
    }
    expect(clicks[1]! / n).toBeGreaterThan(clicks[0]! / n + 0.1); // about 0.98 vs 0.77
    expect(utility[1]! / clicks[1]!).toBeLessThan(utility[0]! / clicks[0]! - 0.5); // about 0.6 vs 1.4
  });

  it('misinformation costs utility; a polarising item draws clicks', () => {
    const world = handWorld({
      config: quietWorld,
      preferences: [[1, 0]],
      topics: [
        [1, 0],
        [1, 0],
      ],
      quality: [0.5, 0.5],
      clickbait: [0, 0],
      misinformation: [0, 1],
      polarity: [0, -0.8],
    });
    const terms = itemTerms(world);
    expect(meanClickUtility(world, terms, 0, 1) - meanClickUtility(world, terms, 1, 1)).toBeCloseTo(
      0.5,
      6,
    );
    expect(clickProbability(world, terms, 0, 1, 1)).toBeCloseTo(sigmoid(-1.5 + 2.5 + 0.5 * 0.8), 6);
  });

  it('the batch score equals P(click) * E[utility | click] pair by pair', () => {
    const world = handWorld({
      config: quietWorld,
      preferences: [
        [1, 2],
        [-1, 0.5],
      ],
      topics: [
        [1, 0],
        [0.3, 1],
        [-1, -1],
      ],
      quality: [0.9, 0.2, 0.5],
      clickbait: [0.1, 0.8, 0.4],
      susceptibility: [0.5, 1.5],
      opinion: [0.3, -0.6],
      polarity: [0.5, -0.2, 0.9],
    });
    const terms = itemTerms(world);
    const out = new Float32Array(3);
    for (const u of [0, 1]) {
      scoreItemsForUser(world, terms, u, out, 0);
      for (let i = 0; i < 3; i++) {
        const rel = trueRelevance(world, u, i);
        const expected =
          clickProbability(world, terms, u, i, rel) * meanClickUtility(world, terms, i, rel);
        expect(out[i]).toBeCloseTo(expected, 6);
      }
    }
  });
});

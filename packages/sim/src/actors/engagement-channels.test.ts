import { describe, expect, it } from 'vitest';
import { handWorld, quietWorld } from '../testing/hand-world';
import { clickProbability, itemTerms } from './response-model';
import { attractOrRepel, updateUsers } from './users';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe('misinformationEngagement', () => {
  // One user, two items alike in all but the misinformation flag; relevance 1, no clickbait.
  const world = (click: number) =>
    handWorld({
      config: {
        ...quietWorld,
        click: { intercept: -1, relevance: 1, clickbait: 0, polarity: 0, opinionAlignment: 0 },
        misinformationEngagement: { click },
      },
      preferences: [[1, 0]],
      topics: [
        [1, 0],
        [1, 0],
      ],
      quality: [0.5, 0.5],
      clickbait: [0, 0],
      misinformation: [0, 1],
    });

  it('adds its own term to the click logit of a misinformation item, whatever its clickbait', () => {
    // logit = -1 + 1 * 1 (+ 0.5 for the misinformation item): sigmoid(0) and sigmoid(0.5).
    const w = world(0.5);
    const terms = itemTerms(w);
    expect(clickProbability(w, terms, 0, 0, 1)).toBeCloseTo(0.5, 12);
    expect(clickProbability(w, terms, 0, 1, 1)).toBeCloseTo(sigmoid(0.5), 12);
  });

  it('is no channel at 0', () => {
    const w = world(0);
    const terms = itemTerms(w);
    expect(clickProbability(w, terms, 0, 1, 1)).toBe(clickProbability(w, terms, 0, 0, 1));
  });
});

describe('attractOrRepel', () => {
  it('pulls an opinion toward a close item, pushes it from a far one, within [-1, 1]', () => {
    const world = handWorld({
      config: quietWorld,
      preferences: [
        [1, 0],
        [1, 0],
        [1, 0],
      ],
      topics: [
        [1, 0],
        [1, 0],
        [1, 0],
      ],
      quality: [0.5, 0.5, 0.5],
      clickbait: [0, 0, 0],
      polarity: [0.3, -0.8, 0],
      opinion: [0, 0, 0.95],
    });
    // rate 0.1, tolerance 0.5:
    // user 0 (opinion 0) clicks item 0 (0.3): gap 0.3 <= 0.5, attraction: 0 + 0.1 * 0.3 = 0.03
    // user 1 (opinion 0) clicks item 1 (-0.8): gap -0.8, repulsion: 0 - 0.1 * -0.8 = 0.08
    // user 2 (0.95) clicks item 2 (0): gap -0.95, repulsion: 0.95 + 0.095 = 1.045 -> 1
    attractOrRepel(
      world.users,
      world.items,
      { rate: 0.1, tolerance: 0.5 },
      Int32Array.from([0, 1, 2]),
      Int32Array.from([0, 1, 2]),
    );
    expect(world.users.opinion[0]).toBeCloseTo(0.03, 6);
    expect(world.users.opinion[1]).toBeCloseTo(0.08, 6);
    expect(world.users.opinion[2]).toBe(1);
  });
});

describe('opinionDynamics in the world config', () => {
  it('moves opinions after a round when its rate is above 0, and not at all at 0', () => {
    // One user at opinion 0 clicks an item at polarity -0.8 (beyond tolerance 0.5): repelled
    // by 0.1 * 0.8 = 0.08. At rate 0 (the default) the opinion stays at 0.
    const make = (rate: number) =>
      handWorld({
        config: { ...quietWorld, opinionDynamics: { rate, tolerance: 0.5 } },
        preferences: [[1, 0]],
        topics: [[1, 0]],
        quality: [0.5],
        clickbait: [0],
        polarity: [-0.8],
      });
    for (const [rate, expected] of [
      [0.1, 0.08],
      [0, 0],
    ] as const) {
      const world = make(rate);
      const one = Int32Array.of(0);
      updateUsers(world.users, world.items, world.config, one, Float32Array.of(1), one, one);
      expect(world.users.opinion[0]).toBeCloseTo(expected, 6);
    }
  });
});

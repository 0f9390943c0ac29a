import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { randomPolicy } from '../policy';
import { handWorld, quietWorld } from '../testing/hand-world';
import type { World } from '../world/world';
import { expectedRandomSlateUtility } from './random-slate-utility';
import { RecommendationEnv } from './recommendation-env';
import { expectedSlateUtility } from './true-scores';

describe('expectedRandomSlateUtility', () => {
  // Two users, three items, slates of two, examination 1 and 1/2 (eta = 1).
  const world = handWorld({
    config: { ...quietWorld, slateSize: 2, examination: { eta: 1 } },
    preferences: [
      [1, 0],
      [0, 1],
    ],
    topics: [
      [1, 0],
      [0, 1],
      [0.6, 0.8],
    ],
    quality: [0.8, 0.4, 0.5],
    clickbait: [0.1, 0.7, 0],
  });
  const users = Int32Array.from([0, 1]);

  it('is the mean over every ordered slate of distinct items of its expected welfare', () => {
    // Uniform random slates without repeats are the 3 * 2 = 6 ordered pairs, equally likely.
    const slates: number[][] = [];
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) if (a !== b) slates.push([a, b]);
    const mean = [0, 0];
    for (const slate of slates) {
      const welfare = expectedSlateUtility(world, users, Int32Array.from([...slate, ...slate]));
      mean[0]! += welfare[0]! / slates.length;
      mean[1]! += welfare[1]! / slates.length;
    }
    const random = expectedRandomSlateUtility(world, users);
    expect(random[0]).toBeCloseTo(mean[0]!, 5);
    expect(random[1]).toBeCloseTo(mean[1]!, 5);
  });

  it('names a user id out of range', () => {
    expect(() => expectedRandomSlateUtility(world, Int32Array.from([2]))).toThrow(/users\[0\]/);
  });
});

describe('RecommendationEnv.expectedRandomSlateUtility (kept between calls)', () => {
  const small = { numUsers: 120, numItems: 80, numCreators: 8, topicDim: 4, slateSize: 5 };
  // A still world (kept values reused), turnover (every item change recomputes every user),
  // drifting preferences and opinions (the users who moved are recomputed).
  const worlds = {
    still: { ...small, itemTurnover: 0, creatorAdaptation: { rule: 'none' as const } },
    turnover: small,
    drifting: {
      ...small,
      itemTurnover: 0,
      creatorAdaptation: { rule: 'none' as const },
      drift: { preference: 0.2, opinion: 0.2 },
    },
  };

  for (const [name, config] of Object.entries(worlds)) {
    it(`equals a fresh computation on the live world, bit for bit, round after round (${name})`, () => {
      const env = new RecommendationEnv(config, 4);
      const policy = randomPolicy(createRng(5));
      let observation = env.reset();
      for (let round = 0; round < 5; round++) {
        const users = observation.activeUsers;
        const fresh = expectedRandomSlateUtility(env.world as World, users);
        expect(env.expectedRandomSlateUtility(users)).toEqual(fresh);
        // Asked twice in a round (nothing changed in between): the same values.
        expect(env.expectedRandomSlateUtility(users)).toEqual(fresh);
        observation = env.step(policy(observation)).observation;
      }
    });
  }
});

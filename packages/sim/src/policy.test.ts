import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { RecommendationEnv } from './env/recommendation-env';
import { type Policy, randomPolicy, runEpisode } from './policy';

describe('runEpisode', () => {
  it('resets, then feeds each observation to the policy and its slates to the env', () => {
    const env = new RecommendationEnv(
      { numUsers: 30, numItems: 20, numCreators: 2, topicDim: 2, slateSize: 3 },
      1,
    );
    env.step(new Int32Array(env.observation.activeUsers.length * 3)); // runEpisode must reset this
    const seenRounds: number[] = [];
    const firstItem: Policy = (o) => {
      seenRounds.push(o.round);
      return new Int32Array(o.activeUsers.length * o.slateSize).fill(7);
    };
    const stepped: number[] = [];
    const results = runEpisode(env, firstItem, 3, (r) => stepped.push(r.log.round));
    expect(seenRounds).toEqual([0, 1, 2]);
    expect(stepped).toEqual([0, 1, 2]);
    expect(results).toHaveLength(3);
    expect(results[2]?.log.item.every((i) => i === 7)).toBe(true);
    expect(env.round).toBe(3);
  });
});

describe('randomPolicy', () => {
  it('gives each active user slateSize distinct items', () => {
    const env = new RecommendationEnv(
      { numUsers: 50, numItems: 12, numCreators: 3, topicDim: 2, slateSize: 4 },
      2,
    );
    const o = env.observation;
    const slates = randomPolicy(createRng(3))(o);
    expect(slates).toHaveLength(o.activeUsers.length * 4);
    for (let a = 0; a < o.activeUsers.length; a++) {
      const slate = slates.subarray(a * 4, a * 4 + 4);
      expect(new Set(slate).size).toBe(4);
      for (const i of slate) expect(i >= 0 && i < 12).toBe(true);
    }
  });
});

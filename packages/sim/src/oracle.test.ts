import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { RecommendationEnv } from './env/recommendation-env';
import { oraclePolicy, rankByTrueUtility } from './oracle';
import { randomPolicy, runEpisode } from './policy';

const config = { numUsers: 120, numItems: 80, numCreators: 8, topicDim: 4, slateSize: 5 };

describe('oracle', () => {
  it('ranks each user by true expected utility, best first', () => {
    const env = new RecommendationEnv(config, 2);
    const users = Int32Array.from([0, 5, 119]);
    const slates = rankByTrueUtility(env, users, 5);
    const scores = env.trueScores(users);
    for (let r = 0; r < users.length; r++) {
      const row = scores.subarray(r * 80, r * 80 + 80);
      const best = [...row.keys()].sort((a, b) => row[b]! - row[a]! || a - b).slice(0, 5);
      expect([...slates.subarray(r * 5, r * 5 + 5)]).toEqual(best);
    }
  });

  it('has expected slate utility at least that of random slates, user by user', () => {
    const env = new RecommendationEnv(config, 3);
    const o = env.reset();
    const oracle = env.expectedSlateUtility(o.activeUsers, oraclePolicy(env)(o));
    const rng = createRng(4);
    for (let t = 0; t < 20; t++) {
      const random = env.expectedSlateUtility(o.activeUsers, randomPolicy(rng)(o));
      for (let a = 0; a < o.activeUsers.length; a++)
        expect(oracle[a]).toBeGreaterThanOrEqual(random[a]! - 1e-6);
    }
    const mean = (v: Float32Array) => v.reduce((s, x) => s + x, 0) / v.length;
    const random = env.expectedSlateUtility(o.activeUsers, randomPolicy(rng)(o));
    expect(mean(oracle)).toBeGreaterThan(mean(random) + 0.5);
  });

  it('beats a random policy on realised welfare over an episode', () => {
    const welfare = (policyOf: (env: RecommendationEnv) => ReturnType<typeof oraclePolicy>) => {
      const env = new RecommendationEnv(config, 9);
      const results = runEpisode(env, policyOf(env), 5);
      let total = 0;
      let n = 0;
      for (const r of results) {
        for (const w of r.outcome.welfare) total += w;
        n += r.outcome.welfare.length;
      }
      return total / n;
    };
    expect(welfare(oraclePolicy)).toBeGreaterThan(welfare(() => randomPolicy(createRng(1))));
  });

  it('rejects a slate size it cannot fill', () => {
    const env = new RecommendationEnv(config, 1);
    expect(() => rankByTrueUtility(env, Int32Array.from([0]), 81)).toThrow(
      /slateSize must be an integer in \[1, numItems=80\]/,
    );
  });
});

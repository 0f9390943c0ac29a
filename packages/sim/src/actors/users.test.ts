import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { RecommendationEnv } from '../env/recommendation-env';
import { topKInto } from '../internal/top-k';
import { oraclePolicy } from '../oracle';
import type { Policy } from '../policy';
import { runEpisode } from '../policy';
import { handWorld, quietWorld } from '../testing/hand-world';
import { returnProbability, sampleActiveUsers, updateUsers } from './users';

describe('retention', () => {
  it('return probability is sigmoid(propensity + weight * recent welfare)', () => {
    const w = handWorld({
      config: { retention: { base: 0.5, welfareWeight: 2 } },
      preferences: [[1], [1]],
      topics: [[1]],
      quality: [1],
      clickbait: [0],
    });
    w.users.recentWelfare[1] = -1;
    expect(returnProbability(w.users, 0, w.config)).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 6);
    expect(returnProbability(w.users, 1, w.config)).toBeCloseTo(1 / (1 + Math.exp(1.5)), 6);
  });

  it('users with low recent welfare come back less often', () => {
    const n = 4000;
    const w = handWorld({
      config: { retention: { base: 1, welfareWeight: 2 } },
      preferences: Array.from({ length: n }, () => [1]),
      topics: [[1]],
      quality: [1],
      clickbait: [0],
    });
    for (let u = 0; u < n; u++) w.users.recentWelfare[u] = u < n / 2 ? 1 : -1;
    const active = sampleActiveUsers(w.users, w.config, createRng(1));
    const happy = active.filter((u) => u < n / 2).length / (n / 2);
    const unhappy = active.filter((u) => u >= n / 2).length / (n / 2);
    expect(happy).toBeCloseTo(1 / (1 + Math.exp(-3)), 1); // 0.95
    expect(unhappy).toBeCloseTo(1 / (1 + Math.exp(1)), 1); // 0.27
  });

  it('folds welfare into an EWMA when active and forgets a little when away', () => {
    const w = handWorld({
      config: { ...quietWorld, retention: { welfareSmoothing: 0.25, forgetting: 0.1 } },
      preferences: [[1], [1]],
      topics: [[1]],
      quality: [1],
      clickbait: [0],
    });
    w.users.recentWelfare.set([2, 2]);
    updateUsers(
      w.users,
      w.items,
      w.config,
      Int32Array.from([0]),
      Float32Array.from([-2]),
      new Int32Array(0),
      new Int32Array(0),
    );
    expect(w.users.recentWelfare[0]).toBeCloseTo(0.75 * 2 + 0.25 * -2, 6); // 1
    expect(w.users.recentWelfare[1]).toBeCloseTo(2 * 0.9, 6);
  });

  it('in the default world, a recommender that serves users badly loses them', () => {
    const config = { numUsers: 300, numItems: 150, numCreators: 15, topicDim: 4, slateSize: 5 };
    const good = new RecommendationEnv(config, 21);
    const bad = new RecommendationEnv(config, 21);
    // The worst items by true expected utility, for everyone.
    const worst: Policy = (o) => {
      const scores = bad.trueScores(o.activeUsers).map((s) => -s);
      const slates = new Int32Array(o.activeUsers.length * o.slateSize);
      for (let a = 0; a < o.activeUsers.length; a++)
        topKInto(scores, a * o.numItems, o.numItems, o.slateSize, slates, a * o.slateSize);
      return slates;
    };
    const activeLate = (results: ReturnType<typeof runEpisode>) =>
      results.slice(-3).reduce((sum, r) => sum + r.outcome.activeUsers.length, 0) / 3;
    const goodRuns = runEpisode(good, oraclePolicy(good), 10);
    const badRuns = runEpisode(bad, worst, 10);
    expect(goodRuns[0]!.outcome.activeUsers).toEqual(badRuns[0]!.outcome.activeUsers); // same start
    expect(activeLate(badRuns)).toBeLessThan(activeLate(goodRuns) * 0.8);
  });
});

describe('drift', () => {
  it('moves preferences toward a clicked topic and opinions toward its polarity', () => {
    const w = handWorld({
      config: { drift: { preference: 0.5, opinion: 0.5 } },
      preferences: [[1, 0]],
      topics: [[0, 1]],
      quality: [1],
      clickbait: [0],
      polarity: [0.8],
      opinion: [0],
    });
    updateUsers(
      w.users,
      w.items,
      w.config,
      Int32Array.from([0]),
      Float32Array.from([1]),
      Int32Array.from([0]),
      Int32Array.from([0]),
    );
    // halfway between (1, 0) and (0, 1), renormalised
    expect(w.users.preferences[0]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(w.users.preferences[1]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(w.users.opinion[0]).toBeCloseTo(0.4, 6);
  });
});

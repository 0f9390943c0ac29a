import { describe, expect, it } from 'vitest';
import type { AdaptationRule } from '../config/world-config';
import { RecommendationEnv } from '../env/recommendation-env';
import { runEpisode } from '../policy';
import { handWorld } from '../testing/hand-world';
import { rankItemsBy } from '../testing/ranking-policies';
import { marketSignal } from './market-signal';

const world = { numUsers: 150, numItems: 100, numCreators: 10, topicDim: 4, slateSize: 5 };

function meanEffort(env: RecommendationEnv): number {
  const e = env.world.creators.clickbaitEffort;
  return e.reduce((a, b) => a + b, 0) / e.length;
}

function effortAfter(rule: AdaptationRule, rewarded: 'clickbait' | 'quality', rounds: number) {
  const env = new RecommendationEnv({ ...world, creatorAdaptation: { rule, rate: 0.1 } }, 11);
  const before = meanEffort(env);
  const policy = rankItemsBy(env, (e) =>
    rewarded === 'clickbait' ? e.world.items.clickbait : e.world.items.quality,
  );
  runEpisode(env, policy, rounds);
  return { before, after: meanEffort(env) };
}

describe('creator adaptation', () => {
  for (const rule of ['gradient', 'multiplicative-weights', 'best-response'] as const) {
    it(`${rule}: effort rises when exposure rewards clickbait and falls when it rewards quality`, () => {
      const bait = effortAfter(rule, 'clickbait', 10);
      const quality = effortAfter(rule, 'quality', 10);
      expect(bait.before).toBe(quality.before); // same seed, same starting creators (mean 0.235)
      expect(bait.after).toBeGreaterThan(bait.before + 0.1);
      expect(quality.after).toBeLessThan(quality.before - 0.05);
    });
  }

  it('none: effort stays exactly where it was', () => {
    const { before, after } = effortAfter('none', 'clickbait', 5);
    expect(after).toBe(before);
  });

  it('reads the market slope by least squares, relative to the mean reward', () => {
    // reward = 2 + 4 * clickbait + 0 * quality exactly, quality varying independently.
    const w = handWorld({
      config: {},
      preferences: [[1]],
      topics: [[1], [1], [1], [1]],
      clickbait: [0, 0.5, 0.5, 1],
      quality: [0.2, 0.2, 0.8, 0.8],
    });
    const reward = Int32Array.from([2, 4, 4, 6]);
    const m = marketSignal(w.items, reward);
    expect(m.meanReward).toBe(4);
    expect(m.perClickbait).toBeCloseTo(4 / 4, 6);
    expect(m.perQuality).toBeCloseTo(0, 6);
    expect(marketSignal(w.items, new Int32Array(4))).toEqual({
      perClickbait: 0,
      perQuality: 0,
      meanReward: 0,
    });
  });
});

import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { randomPolicy, runEpisode } from '../policy';
import { handWorld, quietWorld } from '../testing/hand-world';
import { RecommendationEnv } from './recommendation-env';
import type { StepResult } from './types';

const small = { numUsers: 200, numItems: 120, numCreators: 12, topicDim: 4, slateSize: 5 };

function play(seed: number, rounds: number, config = small): StepResult[] {
  const env = new RecommendationEnv(config, seed);
  return runEpisode(env, randomPolicy(createRng(seed + 1000)), rounds);
}

describe('RecommendationEnv determinism', () => {
  it('gives identical arrays for the same config and seed, round after round', () => {
    const a = play(7, 4);
    const b = play(7, 4);
    expect(a).toHaveLength(4);
    for (const [r, round] of a.entries()) {
      expect(b[r]?.log).toEqual(round.log);
      expect(b[r]?.outcome).toEqual(round.outcome);
      expect(b[r]?.observation).toEqual(round.observation);
    }
  });

  it('gives different worlds and logs for a different seed', () => {
    const a = play(7, 2);
    const b = play(8, 2);
    expect(b[0]?.observation.itemFeatures).not.toEqual(a[0]?.observation.itemFeatures);
    expect(b[1]?.outcome.utility).not.toEqual(a[1]?.outcome.utility);
  });

  it('reset returns to the same round-0 world and observation', () => {
    const env = new RecommendationEnv(small, 3);
    const first = env.reset();
    const slates = randomPolicy(createRng(1))(first);
    const step1 = env.step(slates);
    env.step(randomPolicy(createRng(2))(step1.observation));
    expect(env.round).toBe(2);
    const again = env.reset();
    expect(again).toEqual(first);
    expect(env.step(slates).log).toEqual(step1.log);
  });
});

describe('RecommendationEnv observations and results', () => {
  it('observes only topic, headline, log duration and polarity for each item', () => {
    const env = new RecommendationEnv(small, 1);
    const o = env.observation;
    expect(o.round).toBe(0);
    expect(o.itemFeatureDim).toBe(small.topicDim + 3);
    expect(o.itemFeatures).toHaveLength(small.numItems * (small.topicDim + 3));
    expect(o.replacedItems).toHaveLength(small.numItems);
    const { items } = env.world;
    const i = 17;
    const row = o.itemFeatures.subarray(i * 7, i * 7 + 7);
    expect([...row.subarray(0, 4)]).toEqual([...items.topics.subarray(i * 4, i * 4 + 4)]);
    expect(row[4]).toBe(items.headline[i]);
    expect(row[5]).toBeCloseTo(Math.log(items.duration[i]!), 6);
    expect(row[6]).toBe(items.polarity[i]);
    // The headline is a noisy view of clickbait, not clickbait itself.
    expect(row[4]).not.toBe(items.clickbait[i]);
  });

  it('lays out the log by active user and position, with NaN satisfaction unless asked after a click', () => {
    const env = new RecommendationEnv(small, 2);
    const o = env.reset();
    const { log, outcome, observation } = env.step(randomPolicy(createRng(3))(o));
    expect(log.length).toBe(o.activeUsers.length * small.slateSize);
    expect(log.user[small.slateSize]).toBe(o.activeUsers[1]);
    expect(log.position[small.slateSize + 2]).toBe(2);
    expect(outcome.welfare).toHaveLength(o.activeUsers.length);
    let asked = 0;
    for (let x = 0; x < log.length; x++) {
      if (log.clicked[x] === 0) {
        expect(Number.isNaN(log.satisfaction[x])).toBe(true);
        expect(log.watchTime[x]).toBe(0);
        expect(outcome.utility[x]).toBe(0);
      } else if (!Number.isNaN(log.satisfaction[x])) asked++;
      if (log.clicked[x] === 1) expect(outcome.examined[x]).toBe(1);
    }
    const clicks = log.clicked.reduce((a, b) => a + b, 0);
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(clicks * 0.3); // about 10% of clicks
    expect(observation.round).toBe(1);
    // 10% turnover of 120 items.
    expect(observation.replacedItems).toHaveLength(12);
  });

  it('hands out copies: changing a result does not change the environment', () => {
    const env = new RecommendationEnv(small, 4);
    const o = env.reset();
    o.activeUsers.fill(0);
    o.itemFeatures.fill(0);
    expect(env.observation.itemFeatures.some((v) => v !== 0)).toBe(true);
    const result = env.step(randomPolicy(createRng(1))(env.observation));
    result.outcome.items.quality.fill(-1);
    expect(env.world.items.quality.some((q) => q === -1)).toBe(false);
  });

  it('rejects slates of the wrong length or with unknown items, naming the index', () => {
    const env = new RecommendationEnv(small, 5);
    const n = env.observation.activeUsers.length * small.slateSize;
    expect(() => env.step(new Int32Array(n - 1))).toThrow(
      /slates.length must be activeUsers.length \* slateSize/,
    );
    const bad = new Int32Array(n);
    bad[3] = 120;
    expect(() => env.step(bad)).toThrow('slates[3] = 120 is not an item id in [0, 120)');
    expect(() => env.trueScores(Int32Array.from([200]))).toThrow(/users\[0\] = 200/);
  });

  it('writes true scores into a long enough array it is given', () => {
    const env = new RecommendationEnv(small, 5);
    const users = Int32Array.from([3, 0, 7]);
    const fresh = env.trueScores(users);
    const into = new Float32Array(fresh.length + 50).fill(-1);
    const scores = env.trueScores(users, into);
    expect(scores.buffer).toBe(into.buffer);
    expect(Array.from(scores)).toEqual(Array.from(fresh));
    expect(into[fresh.length]).toBe(-1);
    const tooShort = new Float32Array(10);
    expect(Array.from(env.trueScores(users, tooShort))).toEqual(Array.from(fresh));
    expect(Array.from(tooShort)).toEqual(new Array(10).fill(0));
  });

  it('rejects a bad config with the field named, and a custom world of the wrong size', () => {
    expect(() => new RecommendationEnv({ slateSize: 0 }, 1)).toThrow(/slateSize/);
    const world = handWorld({
      config: quietWorld,
      preferences: [[1, 0]],
      topics: [[1, 0]],
      quality: [1],
      clickbait: [0],
    });
    expect(
      () =>
        new RecommendationEnv({ ...world.config, numUsers: 2 }, 1, { createWorld: () => world }),
    ).toThrow('createWorld option built a world with numUsers = 1, but the config says 2');
  });
});

import { describe, expect, it } from 'vitest';
import { handWorld, quietWorld } from '../testing/hand-world';
import { RecommendationEnv } from './recommendation-env';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// Two users on orthogonal topics, three items; utility weights all 1, misinformation costs 0.5.
//   item  topic      quality  clickbait  misinformation  duration
//   0     (1, 0)     0.8      0.1        no              10
//   1     (0, 1)     0.4      0.7        yes             4
//   2     (0.6, 0.8) 0.5      0.0        no              2
const spec = {
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
  misinformation: [0, 1, 0],
  duration: [10, 4, 2],
};

describe('one step worked out by hand', () => {
  // Everyone examines everything and clicks (intercept 50), no utility noise, everyone asked.
  const config = {
    ...quietWorld,
    examination: { eta: 0 },
    click: { intercept: 50 },
    watchTime: { bias: 0, utilityScale: 1 },
    satisfaction: { rate: 1, noise: 0 },
    retention: { base: 50, spread: 0, welfareSmoothing: 0.5 },
  };
  const world = handWorld({ ...spec, config });
  const env = new RecommendationEnv(world.config, 1, {
    createWorld: () => handWorld({ ...spec, config }),
  });

  it('gives the utilities, watch times, satisfaction and welfare computed by hand', () => {
    const observation = env.reset();
    expect([...observation.activeUsers]).toEqual([0, 1]);
    const { log, outcome } = env.step(Int32Array.from([0, 1, 2, 2, 1, 0]));
    // relevance = cosine: user 0 -> (1, 0, 0.6); user 1 -> (0.8, 1, 0) for items (2, 1, 0)
    const relevance = [1, 0, 0.6, 0.8, 1, 0];
    // utility = relevance + quality - clickbait - 0.5 * misinformation
    const utility = [
      1 + 0.8 - 0.1,
      0 + 0.4 - 0.7 - 0.5,
      0.6 + 0.5,
      0.8 + 0.5,
      1 + 0.4 - 0.7 - 0.5,
      0 + 0.8 - 0.1,
    ];
    const duration = [10, 4, 2, 2, 4, 10];
    expect([...log.user]).toEqual([0, 0, 0, 1, 1, 1]);
    expect([...log.position]).toEqual([0, 1, 2, 0, 1, 2]);
    expect([...log.clicked]).toEqual([1, 1, 1, 1, 1, 1]);
    for (const [x, u] of utility.entries()) {
      expect(outcome.relevance[x]).toBeCloseTo(relevance[x]!, 6);
      expect(outcome.utility[x]).toBeCloseTo(u, 5);
      expect(log.watchTime[x]).toBeCloseTo(duration[x]! * sigmoid(u), 4);
      expect(log.satisfaction[x]).toBe(u > 0 ? 1 : 0);
    }
    expect(outcome.welfare[0]).toBeCloseTo(1.7 - 0.8 + 1.1, 5); // 2.0
    expect(outcome.welfare[1]).toBeCloseTo(1.3 + 0.2 + 0.7, 5); // 2.2
    // EWMA with weight 0.5 on the new round, from 0.
    expect(outcome.users.recentWelfare[0]).toBeCloseTo(1.0, 5);
    expect(outcome.users.recentWelfare[1]).toBeCloseTo(1.1, 5);
    expect([...outcome.items.impressions]).toEqual([2, 2, 2]);
    expect([...outcome.items.clicks]).toEqual([2, 2, 2]);
    expect([...outcome.creators.impressions]).toEqual([6]);
  });

  it('gives true scores and expected slate utility computed by hand', () => {
    // A finite click model: sigmoid(relevance + clickbait) (susceptibility 1), positions 1, 1/2, 1/3.
    const finite = {
      ...quietWorld,
      examination: { eta: 1 },
      click: { intercept: 0, relevance: 1, clickbait: 1, polarity: 0, opinionAlignment: 0 },
    };
    const w = handWorld({ ...spec, config: finite });
    const scored = new RecommendationEnv(w.config, 1, {
      createWorld: () => handWorld({ ...spec, config: finite }),
    });
    const scores = scored.trueScores(Int32Array.from([0, 1]));
    const expected = [
      sigmoid(1 + 0.1) * 1.7,
      sigmoid(0 + 0.7) * -0.8,
      sigmoid(0.6 + 0) * 1.1,
      sigmoid(0 + 0.1) * 0.7,
      sigmoid(1 + 0.7) * 0.2,
      sigmoid(0.8 + 0) * 1.3,
    ] as const;
    expect(scores).toHaveLength(6);
    for (const [x, score] of expected.entries()) expect(scores[x]).toBeCloseTo(score, 5);

    const slates = Int32Array.from([0, 2, 1, 1, 0, 2]);
    const value = scored.expectedSlateUtility(Int32Array.from([0, 1]), slates);
    expect(value[0]).toBeCloseTo(expected[0] + expected[2] / 2 + expected[1] / 3, 5);
    expect(value[1]).toBeCloseTo(expected[4] + expected[3] / 2 + expected[5] / 3, 5);
  });
});

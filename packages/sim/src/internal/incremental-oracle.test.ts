import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { itemTerms, scoreItemsForUser } from '../actors/response-model';
import type { WorldConfigInput } from '../config/world-config';
import { RecommendationEnv } from '../env/recommendation-env';
import { randomPolicy } from '../policy';
import type { World } from '../world/world';
import { IncrementalOracle } from './incremental-oracle';
import { topKInto } from './top-k';

/** The reference: every item of every user scored, then ranked by topKInto. */
function fullRanking(world: World, users: Int32Array, k: number): Int32Array {
  const n = world.items.count;
  const row = new Float32Array(n);
  const terms = itemTerms(world);
  const out = new Int32Array(users.length * k);
  for (let r = 0; r < users.length; r++) {
    scoreItemsForUser(world, terms, users[r]!, row, 0);
    topKInto(row, 0, n, k, out, r * k);
  }
  return out;
}

const base = { numUsers: 150, numItems: 120, numCreators: 12, topicDim: 4, slateSize: 5 };

const scenarios: [string, WorldConfigInput][] = [
  ['10% turnover, no drift', base],
  [
    'preferences and opinions drift with every click',
    { ...base, drift: { preference: 0.2, opinion: 0.3 } },
  ],
  ['the whole catalogue is replaced every round', { ...base, itemTurnover: 1 }],
  [
    'creators leave and enter',
    { ...base, creatorEntryExit: { enabled: true, patience: 1 }, itemTurnover: 0.05 },
  ],
  ['nothing changes', { ...base, itemTurnover: 0, creatorAdaptation: { rule: 'none' } }],
];

describe('IncrementalOracle', () => {
  for (const [name, config] of scenarios) {
    it(`ranks exactly as a full scoring does, round after round (${name})`, () => {
      const env = new RecommendationEnv(config, 4);
      const policy = randomPolicy(createRng(5));
      let observation = env.reset();
      const oracle = new IncrementalOracle(env.world as World);
      for (let round = 0; round < 12; round++) {
        const users = observation.activeUsers;
        expect(oracle.rank(users, 5)).toEqual(fullRanking(env.world as World, users, 5));
        observation = env.step(policy(observation)).observation;
      }
    });
  }

  it('stays exact for users ranked rarely, with other slate sizes and after many changes', () => {
    const env = new RecommendationEnv({ ...base, itemTurnover: 0.5 }, 7);
    const policy = randomPolicy(createRng(8));
    let observation = env.reset();
    const oracle = new IncrementalOracle(env.world as World);
    const pick = createRng(9);
    for (let round = 0; round < 40; round++) {
      // A few users at a time, so some wait many rounds (and the change log must be trimmed).
      const users = Int32Array.from({ length: 6 }, () => pick.int(base.numUsers));
      const k = round < 20 ? 3 : 7;
      expect(oracle.rank(users, k)).toEqual(fullRanking(env.world as World, users, k));
      observation = env.step(policy(observation)).observation;
    }
  });

  it('keeps ties toward the lower item id when it merges kept and changed items', () => {
    // Every item the same (no appeal either): every score ties, so the lowest ids win, before
    // and after items are replaced (replacements here are identical items again).
    const env = new RecommendationEnv(
      {
        ...base,
        topicDim: 2,
        items: {
          topicNoise: 0,
          appealSpread: 0,
          qualityNoise: 0,
          clickbaitNoise: 0,
          polarityNoise: 0,
          misinformationBase: 0,
          misinformationPerClickbait: 0,
        },
        creators: { skillMin: 1, skillMax: 1, effortAlpha: 1, effortBeta: 1, leanSpread: 0 },
        creatorAdaptation: { rule: 'none', noise: 0 },
        numCreators: 1,
      },
      3,
    );
    const users = Int32Array.from([0, 1, 2]);
    const row = new Float32Array(base.numItems);
    scoreItemsForUser(env.world as World, itemTerms(env.world as World), 0, row, 0);
    expect(new Set(row).size).toBe(1);
    const oracle = new IncrementalOracle(env.world as World);
    const policy = randomPolicy(createRng(1));
    let observation = env.observation;
    for (let round = 0; round < 4; round++) {
      expect(oracle.rank(users, 5)).toEqual(fullRanking(env.world as World, users, 5));
      observation = env.step(policy(observation)).observation;
    }
  });
});

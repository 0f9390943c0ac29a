import { describe, expect, it } from 'vitest';
import { RecommendationEnv } from '../env/recommendation-env';
import type { Policy } from '../policy';

describe('supply between rounds', () => {
  it('replaces round(itemTurnover * numItems) items, made in the new round by the same creators', () => {
    const env = new RecommendationEnv(
      { numUsers: 50, numItems: 40, numCreators: 4, topicDim: 3, slateSize: 2, itemTurnover: 0.25 },
      3,
    );
    const owners = env.world.items.creator.slice();
    const o = env.reset();
    const { observation } = env.step(new Int32Array(o.activeUsers.length * 2));
    expect(observation.replacedItems).toHaveLength(10);
    for (const i of observation.replacedItems) {
      expect(env.world.items.createdRound[i]).toBe(1);
      expect(env.world.items.creator[i]).toBe(owners[i]);
    }
    expect([...observation.replacedItems]).toEqual(
      [...observation.replacedItems].sort((a, b) => a - b),
    );
  });

  it('lets a creator nobody sees for `patience` rounds leave; a newcomer takes over its items', () => {
    const env = new RecommendationEnv(
      {
        numUsers: 30,
        numItems: 20,
        numCreators: 4,
        topicDim: 3,
        slateSize: 2,
        itemTurnover: 0,
        creatorEntryExit: { enabled: true, patience: 2 },
      },
      5,
    );
    // Show only items 1 and 2 (creators 1 and 2): creators 0 and 3 go unseen.
    const policy: Policy = (o) => {
      const s = new Int32Array(o.activeUsers.length * 2);
      for (let a = 0; a < o.activeUsers.length; a++) s.set([1, 2], a * 2);
      return s;
    };
    let o = env.reset();
    const startTopic = env.world.creators.topics.slice(0, 3);
    o = env.step(policy(o)).observation;
    expect(o.replacedItems).toHaveLength(0);
    expect([...env.world.creators.roundsWithoutExposure]).toEqual([1, 0, 0, 1]);
    o = env.step(policy(o)).observation;
    // Items i with i % 4 in {0, 3} belonged to the leavers: 10 of 20.
    expect([...o.replacedItems]).toEqual([0, 3, 4, 7, 8, 11, 12, 15, 16, 19]);
    expect([...env.world.creators.entryRound]).toEqual([2, 0, 0, 2]);
    expect([...env.world.creators.roundsWithoutExposure]).toEqual([0, 0, 0, 0]);
    expect(env.world.creators.topics.slice(0, 3)).not.toEqual(startTopic);
    for (const i of o.replacedItems) expect(env.world.items.createdRound[i]).toBe(2);
  });
});

import type { HeadScores, ItemBatch, ScoringModel } from '@goodhart/core';
import { createRng } from '@goodhart/random';
import { clickProbability, itemTerms, RecommendationEnv, relevance } from '@goodhart/sim';
import { describe, expect, it } from 'vitest';
import { RelevanceProbe } from './relevance-probe';

/** A scorer whose click head is a function of the true world, to check the probe's labels. */
function scorer(score: (user: number, item: number) => number): ScoringModel {
  return {
    kind: 'test',
    heads: ['click'],
    fit: () => ({ loss: 0, lossByHead: {}, examples: 0 }),
    predict(users: Int32Array, items: ItemBatch): HeadScores {
      const click = new Float32Array(users.length * items.numItems);
      users.forEach((user, row) => {
        for (let i = 0; i < items.numItems; i++) click[row * items.numItems + i] = score(user, i);
      });
      return { click };
    },
    dispose() {},
  };
}

describe('RelevanceProbe', () => {
  const env = new RecommendationEnv({ numUsers: 300, numItems: 40, numCreators: 5 }, 4);
  const observation = env.reset();
  const world = env.world;
  const terms = itemTerms(world);

  it('draws at most 200 distinct users, the same for the same seed', () => {
    const probe = new RelevanceProbe(300, 40, createRng(1));
    expect(probe.users).toHaveLength(200);
    expect(new Set(probe.users).size).toBe(200);
    expect(new RelevanceProbe(300, 40, createRng(1)).users).toEqual(probe.users);
    expect(new RelevanceProbe(7, 40, createRng(1)).users).toHaveLength(7);
    // Every item of each user in a catalogue this small.
    expect(probe.itemsPerUser).toBe(40);
    expect(Array.from(probe.items.subarray(40, 80))).toEqual(
      Array.from({ length: 40 }, (_, i) => i),
    );
  });

  it('judges a fixed random 500 items per user of a larger catalogue', () => {
    const large = new RecommendationEnv({ numUsers: 50, numItems: 1200, numCreators: 20 }, 9);
    const catalogue = large.reset();
    const probe = new RelevanceProbe(50, 1200, createRng(3));
    expect(probe.itemsPerUser).toBe(500);
    expect(probe.items).toHaveLength(50 * 500);
    for (let row = 0; row < 50; row++) {
      const items = Array.from(probe.items.subarray(row * 500, (row + 1) * 500));
      expect(new Set(items).size).toBe(500);
      expect(
        items.every((item, k) => item >= 0 && item < 1200 && (k === 0 || item > items[k - 1])),
      ).toBe(true);
    }
    expect(new RelevanceProbe(50, 1200, createRng(3)).items).toEqual(probe.items);
    // The first two users' samples differ: each user has a draw of their own.
    expect(probe.items.subarray(0, 500)).not.toEqual(probe.items.subarray(500, 1000));
    const result = probe.measure(
      scorer((u, i) => relevance(large.world, u, i)),
      catalogue,
      large.world,
    );
    expect(result.relevanceAuc).toBe(1);
    expect(() =>
      probe.measure(
        scorer(() => 1),
        observation,
        world,
      ),
    ).toThrow('RelevanceProbe: the catalogue has 40 items, the probe was drawn for 1200');
  });

  it('gives AUC 1 to the truth it is judged against, and 0.5 to a constant', () => {
    const probe = new RelevanceProbe(300, 40, createRng(2));
    const byInterest = probe.measure(
      scorer((u, i) => relevance(world, u, i)),
      observation,
      world,
    );
    expect(byInterest.relevanceAuc).toBe(1);
    expect(byInterest.examinedClickAuc).toBeLessThan(1);
    const byClick = probe.measure(
      scorer((u, i) => clickProbability(world, terms, u, i, relevance(world, u, i))),
      observation,
      world,
    );
    expect(byClick.examinedClickAuc).toBe(1);
    const constant = probe.measure(
      scorer(() => 0.3),
      observation,
      world,
    );
    expect(constant).toEqual({ relevanceAuc: 0.5, examinedClickAuc: 0.5 });
  });

  it('has nothing to measure for a model without a click head', () => {
    const probe = new RelevanceProbe(300, 40, createRng(2));
    const watchOnly = { ...scorer(() => 1), heads: ['watchTime' as const] };
    expect(probe.measure(watchOnly, observation, world)).toEqual({
      relevanceAuc: Number.NaN,
      examinedClickAuc: Number.NaN,
    });
  });
});

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
    const probe = new RelevanceProbe(300, createRng(1));
    expect(probe.users).toHaveLength(200);
    expect(new Set(probe.users).size).toBe(200);
    expect(new RelevanceProbe(300, createRng(1)).users).toEqual(probe.users);
    expect(new RelevanceProbe(7, createRng(1)).users).toHaveLength(7);
  });

  it('gives AUC 1 to the truth it is judged against, and 0.5 to a constant', () => {
    const probe = new RelevanceProbe(300, createRng(2));
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
    const probe = new RelevanceProbe(300, createRng(2));
    const watchOnly = { ...scorer(() => 1), heads: ['watchTime' as const] };
    expect(probe.measure(watchOnly, observation, world)).toEqual({
      relevanceAuc: Number.NaN,
      examinedClickAuc: Number.NaN,
    });
  });
});

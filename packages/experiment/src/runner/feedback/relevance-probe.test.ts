import type { HeadName, HeadScores, ItemBatch, ScoringModel } from '@goodhart/core';
import { createRng } from '@goodhart/random';
import { clickProbability, itemTerms, RecommendationEnv, trueRelevance } from '@goodhart/sim';
import { describe, expect, it } from 'vitest';
import { RelevanceProbe } from './relevance-probe';

type Score = (user: number, item: number) => number;

/** A scorer whose heads are functions of the true world, to check what the probe judges. */
function scorer(scores: Partial<Record<HeadName, Score>>): ScoringModel {
  const heads = Object.keys(scores) as HeadName[];
  return {
    kind: 'test',
    heads,
    fit: () => ({ loss: 0, lossByHead: {}, examples: 0 }),
    predict(users: Int32Array, items: ItemBatch): HeadScores {
      const out: HeadScores = {};
      for (const head of heads) {
        const score = scores[head] as Score;
        const values = new Float32Array(users.length * items.numItems);
        users.forEach((user, row) => {
          for (let i = 0; i < items.numItems; i++)
            values[row * items.numItems + i] = score(user, i);
        });
        out[head] = values;
      }
      return out;
    },
    dispose() {},
  };
}

const byClick = { click: 1 };

describe('RelevanceProbe', () => {
  const env = new RecommendationEnv({ numUsers: 300, numItems: 40, numCreators: 5 }, 4);
  const observation = env.reset();
  const world = env.world;
  const terms = itemTerms(world);
  const truth: Score = (u, i) => trueRelevance(world, u, i);

  it('draws at most 200 distinct users, the same for the same seed', () => {
    const probe = new RelevanceProbe(300, 40, createRng(1), byClick);
    expect(probe.users).toHaveLength(200);
    expect(new Set(probe.users).size).toBe(200);
    expect(new RelevanceProbe(300, 40, createRng(1), byClick).users).toEqual(probe.users);
    expect(new RelevanceProbe(7, 40, createRng(1), byClick).users).toHaveLength(7);
    // Every item of each user in a catalogue this small.
    expect(probe.itemsPerUser).toBe(40);
    expect(Array.from(probe.items.subarray(40, 80))).toEqual(
      Array.from({ length: 40 }, (_, i) => i),
    );
  });

  it('judges a fixed random 500 items per user of a larger catalogue', () => {
    const large = new RecommendationEnv({ numUsers: 50, numItems: 1200, numCreators: 20 }, 9);
    const catalogue = large.reset();
    const probe = new RelevanceProbe(50, 1200, createRng(3), byClick);
    expect(probe.itemsPerUser).toBe(500);
    expect(probe.items).toHaveLength(50 * 500);
    for (let row = 0; row < 50; row++) {
      const items = Array.from(probe.items.subarray(row * 500, (row + 1) * 500));
      expect(new Set(items).size).toBe(500);
      expect(
        items.every((item, k) => item >= 0 && item < 1200 && (k === 0 || item > items[k - 1]!)),
      ).toBe(true);
    }
    expect(new RelevanceProbe(50, 1200, createRng(3), byClick).items).toEqual(probe.items);
    // The first two users' samples differ: each user has a draw of their own.
    expect(probe.items.subarray(0, 500)).not.toEqual(probe.items.subarray(500, 1000));
    const result = probe.measure(
      scorer({ click: (u, i) => trueRelevance(large.world, u, i) }),
      catalogue,
      large.world,
    );
    expect(result.relevanceAucPerUser).toBe(1);
    expect(result.ndcgAt10).toBeCloseTo(1, 12);
    expect(() => probe.measure(scorer({ click: () => 1 }), observation, world)).toThrow(
      'RelevanceProbe: the catalogue has 40 items, the probe was drawn for 1200',
    );
  });

  it('gives AUC and nDCG 1 to the truth it is judged against, AUC 0.5 to a constant', () => {
    const probe = new RelevanceProbe(300, 40, createRng(2), byClick);
    const byInterest = probe.measure(scorer({ click: truth }), observation, world);
    expect(byInterest.relevanceAucPerUser).toBe(1);
    expect(byInterest.ndcgAt10).toBeCloseTo(1, 12);
    expect(byInterest.examinedClickAuc).toBeLessThan(1);
    const clicks = probe.measure(
      scorer({ click: (u, i) => clickProbability(world, terms, u, i, truth(u, i)) }),
      observation,
      world,
    );
    expect(clicks.examinedClickAuc).toBe(1);
    expect(clicks.relevanceAucPerUser).toBeLessThan(1);
    const constant = probe.measure(scorer({ click: () => 0.3 }), observation, world);
    expect(constant.relevanceAucPerUser).toBe(0.5);
    expect(constant.examinedClickAuc).toBe(0.5);
    // A reversed order is the worst: AUC 0, and nDCG below the truth's.
    const reversed = probe.measure(scorer({ click: (u, i) => -truth(u, i) }), observation, world);
    expect(reversed.relevanceAucPerUser).toBe(0);
    expect(reversed.ndcgAt10).toBeLessThan(0.5);
  });

  it('judges the served score: the decision weights’ sum of the heads', () => {
    // The click head reverses each user's order; the satisfaction head, three times the truth,
    // outweighs it: click + satisfaction = 2 × truth, in the true order.
    const model = scorer({
      click: (u, i) => -truth(u, i),
      satisfaction: (u, i) => 3 * truth(u, i),
    });
    const both = new RelevanceProbe(300, 40, createRng(2), { click: 1, satisfaction: 1 });
    expect(both.measure(model, observation, world).relevanceAucPerUser).toBe(1);
    const clickOnly = new RelevanceProbe(300, 40, createRng(2), byClick);
    expect(clickOnly.measure(model, observation, world).relevanceAucPerUser).toBe(0);
  });

  it('measures an arm without a click head, whose click-only figure is NaN', () => {
    const probe = new RelevanceProbe(300, 40, createRng(2), { watchTime: 1 });
    const result = probe.measure(scorer({ watchTime: truth }), observation, world);
    expect(result.relevanceAucPerUser).toBe(1);
    expect(result.examinedClickAuc).toBeNaN();
  });

  it('reports nDCG and recall at the extra depths asked for, and none otherwise', () => {
    const depths = { depths: [1, 5, 40], relevant: 5 };
    const probe = new RelevanceProbe(300, 40, createRng(2), byClick, depths);
    const exact = probe.measure(scorer({ click: truth }), observation, world).atDepths;
    expect(Object.keys(exact).sort()).toEqual(
      ['ndcgAt1', 'ndcgAt40', 'ndcgAt5', 'recallAt1', 'recallAt40', 'recallAt5'].sort(),
    );
    for (const k of [1, 5, 40]) {
      expect(exact[`ndcgAt${k}`]).toBeCloseTo(1, 12);
      expect(exact[`recallAt${k}`]).toBe(1);
    }
    // The reverse order puts the 5 most relevant of 40 last: none in the top 1 or 5; all 40
    // items include them all, so recall@40 = 5 / min(40, 5) = 1.
    const reversed = probe.measure(scorer({ click: (u, i) => -truth(u, i) }), observation, world);
    expect(reversed.atDepths.recallAt1).toBe(0);
    expect(reversed.atDepths.recallAt5).toBe(0);
    expect(reversed.atDepths.recallAt40).toBe(1);
    const plain = new RelevanceProbe(300, 40, createRng(2), byClick);
    expect(plain.measure(scorer({ click: truth }), observation, world).atDepths).toEqual({});
  });
});

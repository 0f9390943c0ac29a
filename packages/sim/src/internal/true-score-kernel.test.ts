import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { itemTerms, scoreItemsForUser } from '../actors/response-model';
import type { WorldConfigInput } from '../config/world-config';
import { handWorld } from '../testing/hand-world';
import { createWorld } from '../world/create-world';
import type { World } from '../world/world';
import { topKInto } from './top-k';
import { TrueScoreKernel } from './true-score-kernel';

/** The reference: every item scored by scoreItemsForUser into a Float32 row. */
function referenceRow(world: World, u: number): Float32Array {
  const row = new Float32Array(world.items.count);
  scoreItemsForUser(world, itemTerms(world), u, row, 0);
  return row;
}

function referenceTopK(world: World, u: number, k: number): number[] {
  const out = new Int32Array(k);
  topKInto(referenceRow(world, u), 0, world.items.count, k, out, 0);
  return [...out];
}

const worlds: [string, WorldConfigInput][] = [
  ['default maths, topicDim 8', { numUsers: 40, numItems: 300, numCreators: 10, topicDim: 8 }],
  [
    'topicDim 5 (a remainder dimension)',
    { numUsers: 40, numItems: 300, numCreators: 7, topicDim: 5 },
  ],
  ['topicDim 3 (no block of four)', { numUsers: 30, numItems: 200, numCreators: 5, topicDim: 3 }],
  [
    // Utility falls with relevance and every score is negative: nothing may be pruned.
    'negative utility everywhere',
    {
      numUsers: 30,
      numItems: 200,
      numCreators: 5,
      utility: { intercept: -3, relevance: -1 },
    },
  ],
];

describe('TrueScoreKernel', () => {
  for (const [name, config] of worlds) {
    it(`scores every item exactly as scoreItemsForUser does (${name})`, () => {
      const world = createWorld(config, createRng(11));
      const kernel = new TrueScoreKernel(world);
      const out = new Float32Array(world.items.count * 2);
      for (let u = 0; u < world.users.count; u++) {
        kernel.scoreUser(u, out, world.items.count);
        expect(out.subarray(world.items.count)).toEqual(referenceRow(world, u));
      }
    });

    it(`picks the same top k as ranking the full row (${name})`, () => {
      const world = createWorld(config, createRng(12));
      const kernel = new TrueScoreKernel(world, 25);
      for (const k of [1, 10, 25]) {
        const out = new Int32Array(k + 3).fill(-7);
        for (let u = 0; u < world.users.count; u++) {
          kernel.topK(u, k, out, 3);
          expect([...out.subarray(3)]).toEqual(referenceTopK(world, u, k));
        }
        expect([...out.subarray(0, 3)]).toEqual([-7, -7, -7]);
      }
    });
  }

  it('scores a list of items, skipping only those that cannot reach the bound', () => {
    const world = createWorld(worlds[0]![1], createRng(13));
    const kernel = new TrueScoreKernel(world);
    const list = Int32Array.from([7, 3, 299, 3, 150, 0]);
    const out = new Float64Array(4);
    for (let u = 0; u < 10; u++) {
      const row = referenceRow(world, u);
      kernel.scoreList(u, list, 1, 5, Number.NEGATIVE_INFINITY, out);
      expect([...out]).toEqual([row[3], row[299], row[3], row[150]]);
      const bound = 0.2;
      kernel.scoreList(u, list, 0, 4, bound, out);
      list.subarray(0, 4).forEach((item, c) => {
        if (out[c] === Number.NEGATIVE_INFINITY) expect(row[item]).toBeLessThan(bound);
        else expect(out[c]).toBe(row[item]);
      });
    }
  });

  it('breaks exact ties toward the lower item id, as topKInto does', () => {
    // Items 0, 2 and 3 are the same item; 1 is worse; 4 is the best.
    const same = { topic: [1, 0], quality: 0.5, clickbait: 0.2 };
    const world = handWorld({
      config: { slateSize: 3 },
      preferences: [[1, 0.2]],
      topics: [same.topic, [0, 1], same.topic, same.topic, [1, 0.1]],
      quality: [same.quality, 0.1, same.quality, same.quality, 1],
      clickbait: [same.clickbait, 0.9, same.clickbait, same.clickbait, 0],
    });
    const row = referenceRow(world, 0);
    expect(row[0]).toBe(row[2]);
    expect(row[4]).toBeGreaterThan(row[0]!);
    const out = new Int32Array(3);
    new TrueScoreKernel(world, 3).topK(0, 3, out, 0);
    expect([...out]).toEqual([4, 0, 2]);
  });
});

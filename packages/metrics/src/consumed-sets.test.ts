import { describe, expect, it } from 'vitest';
import {
  type ConsumedSets,
  consumedSetSizes,
  consumedSetsFromLists,
  consumedSetsFromLog,
  mergeConsumedSets,
  requireConsumedSets,
} from './consumed-sets';

function setsAsLists(sets: ConsumedSets): number[][] {
  const lists: number[][] = [];
  for (let u = 0; u < sets.numUsers; u++) {
    lists.push(Array.from(sets.items.subarray(sets.offsets[u], sets.offsets[u + 1])));
  }
  return lists;
}

describe('consumedSetsFromLog', () => {
  it('groups rows by user, sorts each set and drops repeats', () => {
    // Rows (user, item): (2,5) (0,3) (2,1) (0,3) (2,5) (0,0). User 1 consumed nothing.
    // Sets: user 0 = {0, 3}, user 1 = {}, user 2 = {1, 5}.
    const sets = consumedSetsFromLog([2, 0, 2, 0, 2, 0], [5, 3, 1, 3, 5, 0], 3, 6);
    expect(setsAsLists(sets)).toEqual([[0, 3], [], [1, 5]]);
    expect(Array.from(sets.offsets)).toEqual([0, 2, 2, 4]);
    expect(Array.from(consumedSetSizes(sets))).toEqual([2, 0, 2]);
  });

  it('keeps only the rows a mask selects (e.g. clicks)', () => {
    // Only rows 1 and 2 are clicked: user 0 = {3}, user 1 = {1}.
    const sets = consumedSetsFromLog([0, 0, 1], [2, 3, 1], 2, 4, new Uint8Array([0, 1, 1]));
    expect(setsAsLists(sets)).toEqual([[3], [1]]);
  });

  it('refuses ids out of range and misaligned columns', () => {
    expect(() => consumedSetsFromLog([0, 3], [0, 0], 3, 2)).toThrow(
      'consumedSetsFromLog: users must contain integer ids in [0, numUsers = 3), but [1] is 3',
    );
    expect(() => consumedSetsFromLog([0], [0, 1], 1, 2)).toThrow(
      'items has length 2 but users has length 1',
    );
    expect(() => consumedSetsFromLog([0], [0], 1, 2, [2])).toThrow(
      'mask must contain only 0 and 1',
    );
  });
});

describe('consumedSetsFromLists and mergeConsumedSets', () => {
  it('build from per-user lists and take per-user unions', () => {
    const before = consumedSetsFromLists([[4, 1], [2], []], 5);
    const now = consumedSetsFromLists([[1, 3], [], [0, 0]], 5);
    // User 0: {1, 4} ∪ {1, 3} = {1, 3, 4}; user 1: {2}; user 2: {0}.
    expect(setsAsLists(mergeConsumedSets(before, now))).toEqual([[1, 3, 4], [2], [0]]);
  });

  it('refuses to merge sets over different populations', () => {
    const a = consumedSetsFromLists([[0]], 2);
    const b = consumedSetsFromLists([[0], [1]], 2);
    expect(() => mergeConsumedSets(a, b)).toThrow('b covers 2 users x 2 items but a covers 1 x 2');
  });
});

describe('requireConsumedSets', () => {
  it('rejects hand-built sets that break the invariants', () => {
    const unsorted: ConsumedSets = {
      numUsers: 1,
      numItems: 4,
      offsets: new Int32Array([0, 2]),
      items: new Int32Array([3, 1]),
    };
    expect(() => requireConsumedSets('test', 'sets', unsorted)).toThrow(
      'test: sets.items must hold distinct ascending item ids in [0, 4) per user, but user 0',
    );
    const badOffsets: ConsumedSets = { ...unsorted, offsets: new Int32Array([0, 1]) };
    expect(() => requireConsumedSets('test', 'sets', badOffsets)).toThrow(
      'sets.offsets must have length',
    );
  });
});

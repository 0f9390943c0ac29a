import { describe, expect, it } from 'vitest';
import { topIndices, topIndicesScratch, topValues } from './top-indices';

describe('topIndices', () => {
  // Values [0.3, −0, 0.9, 0, 0.3, 0.9]: by value, highest first, ties by the lower index, the
  // order is items 2, 5 (0.9), 0, 4 (0.3), 1, 3 (−0 and 0 tie, so item 1 before item 3).
  const values = [0.3, -0, 0.9, 0, 0.3, 0.9];
  const scratch = topIndicesScratch(values.length);

  it('gives the first count indices of the order, the tie at the cut in index order', () => {
    // count 1: the cut is 0.9, both 0.9s are kept: [2, 5].
    expect(Array.from(topIndices(values, 0, 6, 1, scratch))).toEqual([2, 5]);
    // count 3: the cut is 0.3 (ascending [−0, 0, 0.3, 0.3, 0.9, 0.9], position 3); kept: 2, 5,
    // 0, 4 — the third is item 0, not item 4.
    expect(Array.from(topIndices(values, 0, 6, 3, scratch))).toEqual([2, 5, 0, 4]);
    // count 5: the cut is 0 and −0 >= 0, so every item, −0 (item 1) before 0 (item 3).
    expect(Array.from(topIndices(values, 0, 6, 5, scratch))).toEqual([2, 5, 0, 4, 1, 3]);
  });

  it('reads the row at an offset', () => {
    // Row 1 of [9, 9, | 1, 3, 3]: items 1 and 2 (values 3) lead, item 1 first.
    expect(Array.from(topIndices([9, 9, 1, 3, 3], 2, 3, 2, scratch))).toEqual([1, 2]);
  });
});

describe('topValues', () => {
  it('gives the count highest values ascending, ties kept as a multiset', () => {
    // [0.3, 0.9, 0.1, 0.9, 0.3, 0.5]: the three highest are 0.5, 0.9, 0.9.
    const values = [0.3, 0.9, 0.1, 0.9, 0.3, 0.5];
    const scratch = new Float64Array(values.length);
    expect(Array.from(topValues(values, 0, 6, 3, scratch))).toEqual([0.5, 0.9, 0.9]);
    // Four: 0.3 joins (either 0.3, the same number); all six: the row sorted.
    expect(Array.from(topValues(values, 0, 6, 4, scratch))).toEqual([0.3, 0.5, 0.9, 0.9]);
    expect(Array.from(topValues(values, 0, 6, 6, scratch))).toEqual([0.1, 0.3, 0.3, 0.5, 0.9, 0.9]);
  });

  it('sorts the row when count is large, with the same values', () => {
    // 100 values 0, 1, …, 99 (an ascending row, the buffer's worst case): the top 70 are
    // 30 … 99, ascending, both by the sort (count 70 > 64) and by the buffer (count 64: 36 … 99).
    const values = Array.from({ length: 100 }, (_, j) => j);
    const scratch = new Float64Array(100);
    expect(Array.from(topValues(values, 0, 100, 70, scratch))).toEqual(
      Array.from({ length: 70 }, (_, j) => 30 + j),
    );
    expect(Array.from(topValues(values, 0, 100, 64, scratch))).toEqual(
      Array.from({ length: 64 }, (_, j) => 36 + j),
    );
  });
});

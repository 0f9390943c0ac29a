import { describe, expect, it } from 'vitest';
import { topIndices, topIndicesScratch } from './top-indices';

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

import { describe, expect, it } from 'vitest';
import { midRanks } from './mid-ranks';

describe('midRanks', () => {
  it('gives tied values, −0 and 0 among them, the mean of their 0-based ranks', () => {
    // Row [2, −0, 0, 5, 2] at offset 1: ascending −0, 0, 2, 2, 5; the zeros share ranks 0 and 1
    // (0.5), the twos 2 and 3 (2.5), 5 is rank 4.
    const values = [9, 2, -0, 0, 5, 2];
    const out = new Float64Array(5);
    midRanks(values, 1, 5, new Float64Array(8), out);
    expect(Array.from(out)).toEqual([2.5, 0.5, 0.5, 4, 2.5]);
  });

  it('ranks a row of one value 0', () => {
    const out = new Float64Array(1);
    midRanks([3], 0, 1, new Float64Array(1), out);
    expect(out[0]).toBe(0);
  });
});

import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { selectTopK } from './select-top-k';

describe('selectTopK', () => {
  it('picks each row’s k largest, best first', () => {
    const scores = Float64Array.from([0.1, 0.9, -1, 0.5, 0.7, 3, 2, 1, 0, 4]);
    const out = new Int32Array(6);
    selectTopK(scores, 2, 5, 3, out, 0);
    expect([...out]).toEqual([1, 4, 3, 4, 0, 1]);
  });

  it('breaks ties toward the lower column, skips NaN and pads with -1', () => {
    const out = new Int32Array(8).fill(7);
    selectTopK(Float64Array.from([1, 2, 2, 1, 2]), 1, 5, 4, out, 0);
    expect([...out.subarray(0, 4)]).toEqual([1, 2, 4, 0]);
    selectTopK(Float64Array.from([Number.NaN, 5, Number.NaN, Number.NaN]), 1, 4, 2, out, 4);
    expect([...out.subarray(4, 6)]).toEqual([1, -1]);
  });

  it('writes at an offset and agrees with a full sort on random rows', () => {
    const rng = createRng(2);
    const rows = 20;
    const cols = 500;
    const scores = Float64Array.from({ length: rows * cols }, () => rng.int(50));
    const out = new Int32Array(3 + rows * 10).fill(-9);
    selectTopK(scores, rows, cols, 10, out, 3);
    expect([...out.subarray(0, 3)]).toEqual([-9, -9, -9]);
    for (let r = 0; r < rows; r++) {
      const row = scores.subarray(r * cols, (r + 1) * cols);
      const sorted = [...row.keys()].sort((a, b) => row[b]! - row[a]! || a - b).slice(0, 10);
      expect([...out.subarray(3 + r * 10, 3 + (r + 1) * 10)]).toEqual(sorted);
    }
  });

  it('rejects k outside [1, cols]', () => {
    expect(() => selectTopK(new Float64Array(4), 1, 4, 5, new Int32Array(5), 0)).toThrow(
      /k must be an integer in \[1, cols = 4\], got 5/,
    );
  });
});

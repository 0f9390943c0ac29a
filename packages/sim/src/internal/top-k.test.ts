import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { topKInto } from './top-k';

describe('topKInto', () => {
  it('picks the k largest, best first', () => {
    const out = new Int32Array(3);
    topKInto(Float32Array.from([0.1, 0.9, -1, 0.5, 0.7]), 0, 5, 3, out, 0);
    expect([...out]).toEqual([1, 4, 3]);
  });

  it('works on a row of a larger matrix and writes at an offset', () => {
    const scores = Float32Array.from([9, 9, 9, 1, 3, 2, 9, 9]);
    const out = new Int32Array(4).fill(-7);
    topKInto(scores, 3, 3, 2, out, 1);
    expect([...out]).toEqual([-7, 1, 2, -7]); // indices within the row
  });

  it('breaks ties toward the lower index and ranks NaN last', () => {
    const out = new Int32Array(3);
    topKInto(Float32Array.from([Number.NaN, 1, 1, 0, 1]), 0, 5, 3, out, 0);
    expect([...out]).toEqual([1, 2, 4]);
    topKInto(Float32Array.from([Number.NaN, -5, Number.NaN]), 0, 3, 3, out, 0);
    expect([...out]).toEqual([1, 0, 2]);
  });

  it('agrees with a full sort on random scores', () => {
    const rng = createRng(1);
    const scores = Float32Array.from({ length: 1000 }, () => rng.normal());
    const out = new Int32Array(10);
    topKInto(scores, 0, 1000, 10, out, 0);
    const sorted = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, 10);
    expect([...out]).toEqual(sorted);
  });
});

import { describe, expect, it } from 'vitest';
import { paretoFront } from './pareto';

describe('paretoFront', () => {
  it('keeps only the non-dominated points, ordered by x', () => {
    const points = [
      { x: 1, y: 5 }, // front: best welfare
      { x: 2, y: 4 }, // front
      { x: 2, y: 3 }, // dominated by (2, 4)
      { x: 4, y: 1 }, // front: best engagement
      { x: 3, y: 0.5 }, // dominated by (4, 1)
      { x: 0.5, y: 4.5 }, // dominated by (1, 5)
    ];
    expect(paretoFront(points)).toEqual([0, 1, 3]);
  });

  it('returns a single point when one dominates all others', () => {
    expect(
      paretoFront([
        { x: 1, y: 1 },
        { x: 3, y: 3 },
        { x: 2, y: 2 },
      ]),
    ).toEqual([1]);
  });

  it('keeps exact duplicates, which do not dominate each other', () => {
    expect(
      paretoFront([
        { x: 1, y: 1 },
        { x: 1, y: 1 },
      ]),
    ).toHaveLength(2);
  });

  it('ignores points with missing coordinates', () => {
    expect(
      paretoFront([
        { x: Number.NaN, y: 9 },
        { x: 1, y: 1 },
      ]),
    ).toEqual([1]);
    expect(paretoFront([])).toEqual([]);
  });
});

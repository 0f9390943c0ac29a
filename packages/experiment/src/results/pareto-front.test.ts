import { describe, expect, it } from 'vitest';
import { paretoFront } from './pareto-front';

describe('paretoFront', () => {
  it('keeps exactly the non-dominated points, by engagement rising', () => {
    const points = [
      { id: 'a', engagement: 1, welfare: 5 },
      { id: 'b', engagement: 2, welfare: 4 },
      { id: 'c', engagement: 2, welfare: 3 }, // dominated by b
      { id: 'd', engagement: 3, welfare: 1 },
      { id: 'e', engagement: 0.5, welfare: 4 }, // dominated by a
      { id: 'f', engagement: 3, welfare: Number.NaN },
    ];
    expect(paretoFront(points).map((p) => p.id)).toEqual(['a', 'b', 'd']);
  });

  it('keeps identical points once each and returns [] for no points', () => {
    const twins = [
      { id: 'x', engagement: 1, welfare: 1 },
      { id: 'y', engagement: 1, welfare: 1 },
    ];
    expect(
      paretoFront(twins)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['x', 'y']);
    expect(paretoFront([])).toEqual([]);
  });
});

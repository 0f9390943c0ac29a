import { describe, expect, it } from 'vitest';
import { hasBands, seriesSummary, toChartRows } from './chart-rows';

describe('toChartRows', () => {
  it('joins series on round, keyed by series index', () => {
    const rows = toChartRows([
      {
        label: 'a.b',
        points: [
          { round: 1, mean: 2, low: 1, high: 3 },
          { round: 0, mean: 1, low: 1, high: 1 },
        ],
      },
      { label: 'c', points: [{ round: 1, mean: 5, low: 4, high: 6 }] },
    ]);
    expect(rows).toEqual([
      { round: 0, m0: 1, b0: [1, 1] },
      { round: 1, m0: 2, b0: [1, 3], m1: 5, b1: [4, 6] },
    ]);
  });

  it('leaves a hole where a value is not finite', () => {
    const rows = toChartRows([
      { label: 'a', points: [{ round: 0, mean: Number.NaN, low: 0, high: 1 }] },
    ]);
    expect(rows).toEqual([{ round: 0, b0: [0, 1] }]);
  });
});

describe('hasBands', () => {
  it('is false for single-seed series whose bands collapse to the mean', () => {
    expect(hasBands([{ label: 'a', points: [{ round: 0, mean: 1, low: 1, high: 1 }] }])).toBe(
      false,
    );
    expect(hasBands([{ label: 'a', points: [{ round: 0, mean: 1, low: 0.5, high: 1.5 }] }])).toBe(
      true,
    );
  });
});

describe('seriesSummary', () => {
  it('says each series’ last value and its first, skipping non-numbers', () => {
    const series = [
      {
        label: 'a',
        points: [
          { round: 0, mean: 0.5, low: null, high: null },
          { round: 1, mean: null, low: null, high: null },
          { round: 2, mean: 0.52, low: null, high: null },
        ],
      },
      { label: 'b', points: [{ round: 1, mean: 0.25, low: null, high: null }] },
    ];
    expect(seriesSummary(series, 'round', (v) => v.toFixed(2))).toBe(
      'at round 2: a 0.52 (from 0.50), b 0.25',
    );
    expect(seriesSummary([], 'round', String)).toBe('no values yet');
  });
});

import { describe, expect, it } from 'vitest';
import {
  cumulativeImpressions,
  logScaleFits,
  smoothSeries,
  withX,
  yScaleOf,
} from './chart-transform';

const series = (label: string, means: (number | null)[]) => ({
  label,
  points: means.map((mean, round) => ({
    round,
    mean,
    low: mean === null ? null : mean - 0.1,
    high: mean === null ? null : mean + 0.1,
  })),
});

describe('smoothSeries', () => {
  it('averages the last w rounds, trailing, skipping missing values', () => {
    // Window 3 over 1, 2, 6, null, 4: 1; (1+2)/2 = 1.5; (1+2+6)/3 = 3; null stays null;
    // (6+4)/2 = 5 (the null round is skipped).
    const [smooth] = smoothSeries([series('a', [1, 2, 6, null, 4])], 3);
    expect(smooth?.points.map((p) => p.mean)).toEqual([1, 1.5, 3, null, 5]);
    expect(smooth?.points[2]?.low).toBeCloseTo(2.9, 12);
  });

  it('leaves the series as they are with a window of 1', () => {
    const raw = [series('a', [1, 2])];
    expect(smoothSeries(raw, 1)).toEqual(raw);
  });
});

describe('cumulativeImpressions and withX', () => {
  it('sums slateSize x mean active users round by round, per series', () => {
    // Slates of 10: 100, 90, 80 active users give 1000, 1900, 2700 impressions.
    const xs = cumulativeImpressions([series('a', [100, 90, 80])], 10);
    expect([...(xs.get('a')?.values() ?? [])]).toEqual([1000, 1900, 2700]);
    const [moved] = withX([series('a', [0.1, 0.2, 0.3]), series('b', [1])], xs);
    expect(moved?.points.map((p) => [p.round, p.mean])).toEqual([
      [1000, 0.1],
      [1900, 0.2],
      [2700, 0.3],
    ]);
    // A series without active users has no x: no points rather than wrong ones.
    expect(withX([series('b', [1])], xs)[0]?.points).toEqual([]);
  });
});

describe('logScaleFits', () => {
  it('needs every mean and bound above 0', () => {
    expect(logScaleFits([series('a', [1, 2])])).toBe(true);
    expect(logScaleFits([series('a', [0.05, 2])])).toBe(false); // low 0.05 − 0.1 < 0
  });
});

describe('yScaleOf', () => {
  it("widens the data to round ticks, and never past the metric's bounds", () => {
    // Means 0.1 .. 0.9, intervals ±0.1: data 0 .. 1, step 1/4 → 0.25, ticks 0 .. 1.
    expect(yScaleOf([series('a', [0.1, 0.9])], { lower: 0, upper: 1 }, true)).toEqual({
      domain: [0, 1],
      ticks: [0, 0.25, 0.5, 0.75, 1],
    });
    // Means 0.383 .. 0.752 without bands: span 0.369, /4 = 0.092 → step 0.1: 0.3 .. 0.8.
    expect(yScaleOf([series('a', [0.383, 0.752])], undefined, false)).toEqual({
      domain: [0.3, 0.8],
      ticks: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
    });
    // A share at 0.02 .. 0.98 with intervals ±0.1 (−0.08 .. 1.08): step 0.5 → [−0.5, 1.5]
    // unbounded; clamped to [0, 1] for a share.
    expect(yScaleOf([series('a', [0.02, 0.98])], { lower: 0, upper: 1 }, true)).toEqual({
      domain: [0, 1],
      ticks: [0, 0.5, 1],
    });
    expect(yScaleOf([series('a', [null])], undefined, true)).toBeUndefined();
  });
});

import { describe, expect, test } from 'vitest';
import {
  exposureAmplification,
  exposureAmplificationOfPercentiles,
  rankAutocorrelation,
  rankAutocorrelationOfPercentiles,
  rowPercentiles,
} from './amplification';

describe('exposureAmplification', () => {
  // One user, three items, scored in the reverse of their true relevance: score percentiles
  // 1, 0.5, 0 and relevance percentiles 0, 0.5, 1 give lifts 1, 0, −1.
  const scores = [0.9, 0.5, 0.1];
  const truth = [0.1, 0.5, 0.9];

  test('1 when the most exposed items are the most overrated, −1 for the reverse', () => {
    expect(exposureAmplification(scores, truth, [10, 5, 0], 3)).toBeCloseTo(1, 12);
    expect(exposureAmplification(scores, truth, [0, 5, 10], 3)).toBeCloseTo(-1, 12);
  });

  test('0 when exposure is unrelated to the lift', () => {
    // Exposure deviations 5/3, −10/3, 5/3 against lifts 1, 0, −1: covariance 5/3 − 5/3 = 0.
    expect(exposureAmplification(scores, truth, [5, 0, 5], 3)).toBeCloseTo(0, 12);
  });

  test('averages lifts over users, ties sharing their mid-rank', () => {
    // User 0: scores 1, 1, 0 (items 0 and 1 tied at mid-rank 1.5 of 0..2 → percentile 0.75;
    // item 2 → 0) against relevance percentiles 0, 0.5, 1: lifts 0.75, 0.25, −1.
    // User 1 is scored exactly as relevant: lifts 0. Mean lifts 0.375, 0.125, −0.5, against
    // exposure 2, 1, 0: covariance 0.875, variances 2 and 0.40625,
    // ρ = 0.875 / √(2 · 0.40625) = 0.9707253.
    const twoUsers = [1, 1, 0, /* user 1 */ 0, 1, 2];
    const relevance = [0, 1, 2, /* user 1 */ 0, 1, 2];
    expect(exposureAmplification(twoUsers, relevance, [2, 1, 0], 3)).toBeCloseTo(0.9707253, 6);
  });

  test('NaN when exposure, or the lift, is the same for every item', () => {
    expect(exposureAmplification(scores, truth, [4, 4, 4], 3)).toBeNaN();
    expect(exposureAmplification(truth, truth, [1, 2, 3], 3)).toBeNaN();
  });

  test('blind to the scores’ scale', () => {
    const scaled = scores.map((s) => 100 * s - 7);
    expect(exposureAmplification(scaled, truth, [3, 1, 2], 3)).toBeCloseTo(
      exposureAmplification(scores, truth, [3, 1, 2], 3),
      12,
    );
  });

  test('names a bad argument', () => {
    expect(() => exposureAmplification([1, 2], [1], [1, 2], 2)).toThrow(/truth/);
    expect(() => exposureAmplification([1, 2, 3], [1, 2, 3], [1, 2], 2)).toThrow(/scores/);
    expect(() => exposureAmplification([1, 2], [1, 2], [1], 2)).toThrow(/pastExposure/);
    expect(() => exposureAmplification([1, Number.NaN], [1, 2], [1, 2], 2)).toThrow(/scores/);
  });
});

describe('rankAutocorrelation', () => {
  test('1 for the same order, −1 for the reverse, their mean over users', () => {
    expect(rankAutocorrelation([1, 2, 3], [10, 20, 30], 3)).toBeCloseTo(1, 12);
    expect(rankAutocorrelation([1, 2, 3], [3, 2, 1], 3)).toBeCloseTo(-1, 12);
    expect(rankAutocorrelation([1, 2, 3, 1, 2, 3], [1, 2, 3, 3, 2, 1], 3)).toBeCloseTo(0, 12);
  });

  test('Spearman with mid-ranks for ties', () => {
    // Ranks 1.5, 1.5, 3 against 1, 2, 3: deviations −0.5, −0.5, 1 and −1, 0, 1;
    // covariance 1.5, variances 1.5 and 2: ρ = 1.5 / √3 = 0.8660254.
    expect(rankAutocorrelation([1, 1, 2], [1, 2, 3], 3)).toBeCloseTo(0.8660254, 6);
  });

  test('a tie of three, and −0 tied with 0', () => {
    // [2, −0, 0, 0, 1]: −0 and the two 0s share ranks 1–3 (mid-rank 2), 1 ranks 4, 2 ranks 5.
    // Against ranks 5, 1, 2, 3, 4: deviations 2, −1, −1, −1, 1 and 2, −2, −1, 0, 1;
    // covariance 4 + 2 + 1 + 0 + 1 = 8, variances 8 and 10: ρ = 8 / √80 = 0.8944272.
    expect(rankAutocorrelation([2, -0, 0, 0, 1], [5, 1, 2, 3, 4], 5)).toBeCloseTo(0.8944272, 6);
    // All five tied, −0 among them: the row is constant and left out.
    expect(rankAutocorrelation([0, -0, 0, -0, 0], [5, 1, 2, 3, 4], 5)).toBeNaN();
  });

  test('leaves out users whose ranking is all ties; NaN when none is left', () => {
    expect(rankAutocorrelation([5, 5, 5, 1, 2, 3], [1, 2, 3, 1, 2, 3], 3)).toBeCloseTo(1, 12);
    expect(rankAutocorrelation([5, 5, 5], [1, 2, 3], 3)).toBeNaN();
  });

  test('names a bad argument', () => {
    expect(() => rankAutocorrelation([1, 2], [1, 2, 3], 2)).toThrow(/current/);
    expect(() => rankAutocorrelation([1, 2], [1, 2], 0)).toThrow(/cols/);
  });
});

describe('rowPercentiles and the …OfPercentiles forms', () => {
  test('each row ranked on its own, ties at their mid-rank', () => {
    // Row 0: 3, 1, 2 → ranks 2, 0, 1 of 0..2 → 1, 0, 0.5. Row 1: 5, 5, 0 → items 0 and 1 share
    // ranks 1 and 2 (mid 1.5 → 0.75), item 2 rank 0 → 0.
    expect([...rowPercentiles([3, 1, 2, 5, 5, 0], 3)]).toEqual([1, 0, 0.5, 0.75, 0.75, 0]);
  });

  test('give the same numbers as the metrics on the raw grids', () => {
    const scores = [1, 1, 0, 0, 1, 2];
    const truth = [0, 1, 2, 0, 1, 2];
    const exposure = [2, 1, 0];
    expect(
      exposureAmplificationOfPercentiles(
        rowPercentiles(scores, 3),
        rowPercentiles(truth, 3),
        exposure,
        3,
      ),
    ).toBe(exposureAmplification(scores, truth, exposure, 3));
    expect(
      rankAutocorrelationOfPercentiles(rowPercentiles(scores, 3), rowPercentiles(truth, 3), 3),
    ).toBe(rankAutocorrelation(scores, truth, 3));
  });

  test('names a bad argument', () => {
    expect(() => rowPercentiles([1, 2, 3], 2)).toThrow(/values/);
    expect(() => rowPercentiles([1, 2], 2, new Float64Array(1))).toThrow(/out/);
    expect(() =>
      exposureAmplificationOfPercentiles(new Float64Array(2), new Float64Array(2), [1], 2),
    ).toThrow(/pastExposure/);
  });
});

import { describe, expect, test } from 'vitest';
import { ExaminationEstimate, estimateExamination } from './position-propensity';

describe('estimateExamination', () => {
  test('is each slot’s CTR over slot 0’s, clipped to [minPropensity, 1]', () => {
    // CTRs 10/100 = 0.1, 4/80 = 0.05, 6/40 = 0.15, none shown, 0/50 = 0:
    // θ̂ = 1, 0.5, 1.5 → 1 (clipped), 1 (unknown), 0 → 0.01 (the floor).
    const theta = estimateExamination([10, 4, 6, 0, 0], [100, 80, 40, 0, 50]);
    expect(Array.from(theta)).toEqual([1, 0.5, 1, 1, 0.01]);
  });
  test('knows nothing, so corrects nothing, before slot 0 has a click', () => {
    expect(Array.from(estimateExamination([0, 3], [10, 10]))).toEqual([1, 1]);
    expect(Array.from(estimateExamination([], []))).toEqual([]);
  });
  test('names mismatched lengths and a bad floor', () => {
    expect(() => estimateExamination([1], [1, 2])).toThrow(
      'estimateExamination: clicks has 1 slots, shown has 2',
    );
    expect(() => estimateExamination([1], [1], 0)).toThrow(
      'estimateExamination: minPropensity must be in (0, 1], got 0',
    );
  });
});

describe('ExaminationEstimate', () => {
  test('counts only the impressions of randomised slates', () => {
    const estimate = new ExaminationEstimate(2);
    // Rows: (slot 0, click, randomised), (slot 1, click, randomised), (slot 1, no click,
    // randomised), (slot 0, no click, not randomised: ignored), (slot 5: off the slate).
    estimate.add([0, 1, 1, 0, 5], [1, 1, 0, 0, 1], [1, 1, 1, 0, 1]);
    expect(Array.from(estimate.clicks)).toEqual([1, 1]);
    expect(Array.from(estimate.shown)).toEqual([1, 2]);
    // CTR 1 at slot 0, 0.5 at slot 1.
    expect(Array.from(estimate.curve())).toEqual([1, 0.5]);
  });
});

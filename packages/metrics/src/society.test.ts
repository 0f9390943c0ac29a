import { describe, expect, it } from 'vitest';
import { misinformationExposure, polarization, polarizingExposure } from './society';

describe('polarization', () => {
  it('separates a split population from a shared drift', () => {
    // Split: opinions -0.8, -0.8, 0.8, 0.8. Mean 0, variance 0.64, mean |opinion| 0.8.
    const split = polarization([-0.8, -0.8, 0.8, 0.8]);
    expect(split.variance).toBeCloseTo(0.64, 12);
    expect(split.meanAbsolute).toBeCloseTo(0.8, 12);
    // Drift: everyone at 0.8. No spread (variance 0), but just as extreme (0.8).
    const drift = polarization([0.8, 0.8, 0.8, 0.8]);
    expect(drift.variance).toBe(0);
    expect(drift.meanAbsolute).toBeCloseTo(0.8, 12);
  });

  it('uses the population variance and honours weights', () => {
    // Opinions 0 and 1: mean 1/2, variance ((1/2)^2 + (1/2)^2)/2 = 1/4 (divided by n, not n-1).
    expect(polarization([0, 1]).variance).toBe(0.25);
    // Weights 3:1 -> mean 1/4, variance (3 * 1/16 + 9/16) / 4 = 12/64 = 3/16; mean |x| 1/4.
    const weighted = polarization([0, 1], [3, 1]);
    expect(weighted.variance).toBeCloseTo(3 / 16, 12);
    expect(weighted.meanAbsolute).toBe(0.25);
  });

  it('refuses an empty or non-finite population', () => {
    expect(() => polarization([])).toThrow('polarization: opinions must not be empty');
    expect(() => polarization([0, Number.POSITIVE_INFINITY])).toThrow('[1] is Infinity');
  });
});

describe('misinformationExposure and polarizingExposure', () => {
  it('is the share of impressions, or of weighted exposure, on flagged items', () => {
    // Per impression: 1 of 4 flagged.
    expect(misinformationExposure(new Uint8Array([0, 1, 0, 0]))).toBe(0.25);
    // Per item: item 1 is misinformation and got 6 of the 10 impressions.
    expect(misinformationExposure([0, 1, 0], [3, 6, 1])).toBe(0.6);
    expect(misinformationExposure([0, 1], [0, 0])).toBeNaN();
    expect(() => misinformationExposure([0, 2])).toThrow('flags must contain only 0 and 1');
  });

  it('averages absolute polarity over the catalogue or over what was shown', () => {
    // Catalogue: |−1| , |0|, |0.5| -> 1.5/3 = 0.5. Shown 1, 8, 1 times: (1 + 0 + 0.5)/10 = 0.15.
    expect(polarizingExposure([-1, 0, 0.5])).toBe(0.5);
    expect(polarizingExposure([-1, 0, 0.5], [1, 8, 1])).toBeCloseTo(0.15, 12);
  });
});

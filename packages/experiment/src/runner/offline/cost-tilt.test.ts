import { describe, expect, it } from 'vitest';
import { detiltedProbability, tiltedProbability } from './cost-tilt';
import { normalisedCostWeights } from './normalised-cost-weights';

describe('cost tilt', () => {
  it('tilts q toward the costly class and de-tilts back', () => {
    // r = 4, q = 0.2: 4·0.2 / (4·0.2 + 0.8) = 0.8 / 1.6 = 0.5, the Bayes threshold 1/(1+4)
    // mapped onto 0.5.
    expect(tiltedProbability(0.2, 4)).toBeCloseTo(0.5, 12);
    // p = 0.5, r = 4: 0.5 / (0.5 + 4 · 0.5) = 0.2.
    expect(detiltedProbability(0.5, 4)).toBeCloseTo(0.2, 12);
    // p = 0.9, r = 9: 0.9 / (0.9 + 0.9) = 0.5.
    expect(detiltedProbability(0.9, 9)).toBeCloseTo(0.5, 12);
    for (const q of [0, 0.01, 0.3, 0.77, 1]) {
      expect(detiltedProbability(tiltedProbability(q, 20), 20)).toBeCloseTo(q, 12);
    }
    // r = 1 changes nothing.
    expect(detiltedProbability(0.37, 1)).toBeCloseTo(0.37, 12);
  });

  it('normalises cost weights to mean 1 over the labels', () => {
    // r = 5 and 1 positive in 4: mean weight 0.25 · 5 + 0.75 = 2, so 5/2 and 1/2; the
    // labels' mean weight is (2.5 + 3 · 0.5) / 4 = 1, and the ratio is still 5.
    expect(normalisedCostWeights(5, [1, 0, 0, 0])).toEqual({ positive: 2.5, negative: 0.5 });
    expect(() => normalisedCostWeights(0, [1])).toThrow('ratio must be a finite number > 0');
    expect(() => normalisedCostWeights(2, [])).toThrow('no labels');
  });
});

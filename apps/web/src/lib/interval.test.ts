import { describe, expect, it } from 'vitest';
import { meanInterval95 } from './interval';

describe('meanInterval95', () => {
  it('uses the t quantile for the degrees of freedom', () => {
    // values 1, 2, 3: mean 2, sample sd 1, standard error 1/sqrt(3); t(0.975, 2) = 4.3027
    const r = meanInterval95([1, 2, 3]);
    expect(r.mean).toBe(2);
    expect(r.high - r.mean).toBeCloseTo(4.3027 / Math.sqrt(3), 3);
    expect(r.mean - r.low).toBeCloseTo(4.3027 / Math.sqrt(3), 3);
    expect(r.n).toBe(3);
  });

  it('skips missing values, and collapses to the value for a single seed', () => {
    expect(meanInterval95([5, null, Number.NaN])).toEqual({ mean: 5, low: 5, high: 5, n: 1 });
    expect(meanInterval95([]).n).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { leastSquaresSlope } from './least-squares-slope';

describe('leastSquaresSlope', () => {
  it('is Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²', () => {
    // x̄ = 1, ȳ = 2: ((−1)(−1) + 0·1 + 1·0) / (1 + 0 + 1) = 1 / 2
    expect(leastSquaresSlope([0, 1, 2], [1, 3, 2])).toBeCloseTo(0.5, 12);
    // a straight line is returned exactly, whatever the spacing of x
    expect(leastSquaresSlope([2, 5, 20], [5, 14, 59])).toBeCloseTo(3, 12);
    // x̄ = 3, ȳ = 2.5: ((−2)(0.5) + 2(−0.5)) / (4 + 4) = −0.25
    expect(leastSquaresSlope([1, 5], [3, 2])).toBeCloseTo(-0.25, 12);
  });

  it('is NaN when x does not vary or the lengths differ', () => {
    expect(leastSquaresSlope([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(leastSquaresSlope([1], [1])).toBeNaN();
    expect(leastSquaresSlope([1, 2], [1, 2, 3])).toBeNaN();
  });
});

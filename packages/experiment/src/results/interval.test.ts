import { describe, expect, it } from 'vitest';
import { intervalOf } from './interval';
import { metricBounds } from './metric-bounds';

describe('intervalOf', () => {
  it('keeps the t-interval of a share when it stays inside [0, 1]', () => {
    // 0.4, 0.5, 0.6: mean 0.5, sd 0.1, se 0.1/√3 = 0.057735, t(0.975, 2) = 4.302653,
    // half-width 0.248414: [0.251586, 0.748414], inside [0, 1].
    const interval = intervalOf([0.4, 0.5, 0.6], 0.95, metricBounds('ctr'));
    expect(interval.lower).toBeCloseTo(0.251586, 6);
    expect(interval.upper).toBeCloseTo(0.748414, 6);
  });

  it('replaces a t-interval that crosses 0 by the bounded (Wilson, effective n) one', () => {
    // 0.01, 0.02, 0.09: mean 0.04, deviations −0.03, −0.02, 0.05, squares sum 0.0038, sd²
    // 0.0019, se² = 0.0019/3 = 0.000633333, se 0.025166; t(0.975, 2) = q = 4.302653.
    // The t-interval 0.04 ± 0.108281 = [−0.068281, 0.148281] leaves [0, 1].
    // Wilson with n_eff = p(1 − p)/se² = 0.04·0.96/0.000633333 = 60.631579:
    //   q²/n_eff = 18.512820/60.631579 = 0.305333
    //   centre = (0.04 + 0.305333/2)/1.305333 = 0.147599
    //   half   = q/1.305333 · √(se² + q²/(4 n_eff²)) = 3.296211 · √(0.000633333 + 0.001258970)
    //          = 3.296211 · 0.043501 = 0.143387
    //   → [0.004212, 0.290987]
    const interval = intervalOf([0.01, 0.02, 0.09], 0.95, metricBounds('ctr'));
    expect(interval.mean).toBeCloseTo(0.04, 12);
    expect(interval.n).toBe(3);
    expect(interval.lower).toBeCloseTo(0.004212, 6);
    expect(interval.upper).toBeCloseTo(0.290987, 6);
    // Unbounded, the same values keep the t-interval.
    expect(intervalOf([0.01, 0.02, 0.09]).lower).toBeCloseTo(-0.068281, 6);
  });

  it('keeps a [−1, 1] metric inside its range near the top', () => {
    // rankAutocorrelation 0.9, 0.97, 0.99: the t-interval [0.835938, 1.070729] crosses 1.
    // Rescaled to [0, 1] (p = (x + 1)/2) the same Wilson step gives [0.661852, 0.994406].
    const interval = intervalOf([0.9, 0.97, 0.99], 0.95, metricBounds('rankAutocorrelation'));
    expect(interval.lower).toBeCloseTo(0.661852, 5);
    expect(interval.upper).toBeCloseTo(0.994406, 5);
  });

  it('gives a point when every seed agrees, bounds or not', () => {
    expect(intervalOf([0, 0, 0], 0.95, metricBounds('ctr'))).toEqual({
      mean: 0,
      lower: 0,
      upper: 0,
      n: 3,
    });
  });
});

describe('metricBounds', () => {
  it('knows shares, their averages and changes, and leaves scale metrics unbounded', () => {
    expect(metricBounds('ctrAvg')).toEqual({ lower: 0, upper: 1 });
    expect(metricBounds('coverageFirst')).toEqual({ lower: 0, upper: 1 });
    expect(metricBounds('ctrChange')).toEqual({ lower: -1, upper: 1 });
    expect(metricBounds('meanWelfare')).toBeUndefined();
    expect(metricBounds('meanWelfareAvg')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { MetricInputError } from './errors';
import { featureRankLift } from './feature-rank-lift';

describe('featureRankLift', () => {
  it('is the flagged items’ mean score percentile minus truth percentile, worked by hand', () => {
    // Row 0: scores 0.1, 0.4, 0.3, 0.2 → percentiles 0, 1, 2/3, 1/3; truth 1, 2, 3, 4 → 0,
    // 1/3, 2/3, 1. Flagged items 0 and 3: (0 − 0 + 1/3 − 1) / 2 = −1/3.
    // Row 1: scores 5, 5, 1, 0 → ranks 2.5, 2.5, 1, 0 → 5/6, 5/6, 1/3, 0; truth 0, 1, 2, 3 →
    // 0, 1/3, 2/3, 1. Flagged item 0 only: 5/6 − 0 = 5/6.
    // Row 2: nothing flagged, left out. Mean of −1/3 and 5/6 = 1/4.
    const scores = [0.1, 0.4, 0.3, 0.2, 5, 5, 1, 0, 1, 2, 3, 4];
    const truth = [1, 2, 3, 4, 0, 1, 2, 3, 4, 3, 2, 1];
    const flagged = [1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    const lift = featureRankLift(scores, truth, flagged, 4);
    expect(lift.perUser[0]).toBeCloseTo(-1 / 3, 12);
    expect(lift.perUser[1]).toBeCloseTo(5 / 6, 12);
    expect(lift.perUser[2]).toBeNaN();
    expect(lift.mean).toBeCloseTo(1 / 4, 12);
    expect(lift.usersCounted).toBe(2);
    expect(lift.usersLeftOut).toBe(1);
  });

  it('is 0 for a score that ranks by the truth, however the flagged items rank', () => {
    const truth = [0.3, -1, 2, 0.5, 0.1];
    const scores = truth.map((t) => 10 * t - 4);
    expect(featureRankLift(scores, truth, [1, 1, 0, 0, 1], 5).mean).toBe(0);
  });

  it('names a flag that is not 0 or 1', () => {
    expect(() => featureRankLift([1, 2], [1, 2], [0, 2], 2)).toThrow(MetricInputError);
    expect(() => featureRankLift([1, 2], [1, 2], [0, 2], 2)).toThrow(/flagged/);
  });
});

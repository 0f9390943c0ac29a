import { describe, expect, it } from 'vitest';
import * as metrics from './index';
import {
  clickbaitShare,
  clickThroughRate,
  consumedSetsFromLog,
  creatorConcentration,
  exposureCounts,
  groupExposure,
  homogenization,
  MetricInputError,
  meanUtility,
  meanWithInterval,
} from './index';

// The README's usage example, through the public entry point, with its numbers worked out.
describe('the public API', () => {
  it('runs the README example', () => {
    // One round: three users shown two items each.
    const user = new Int32Array([0, 0, 1, 1, 2, 2]);
    const item = new Int32Array([0, 1, 0, 2, 0, 3]);
    const clicked = new Uint8Array([1, 0, 1, 1, 1, 0]);
    const utility = new Float32Array([0.5, 0, -0.25, 1, 0.5, 0]);

    // 4 clicks in 6 impressions; utility 0.5 - 0.25 + 1 + 0.5 = 1.75 over 6 impressions.
    expect(clickThroughRate(clicked)).toBeCloseTo(4 / 6, 12);
    expect(meanUtility(utility)).toBeCloseTo(1.75 / 6, 12);

    // Clicked sets {0}, {0, 2}, {0}: pair similarities 1/2, 1, 1/2 -> mean 2/3.
    const consumed = consumedSetsFromLog(user, item, 3, 4, clicked);
    expect(homogenization(consumed)).toBeCloseTo(2 / 3, 12);

    // Item exposure 3, 1, 1, 1; items 0-1 by creator 0 and 2-3 by creator 1: 4 vs 2.
    // Gini (-2 + 4) / (2 * 6) = 1/6; HHI (4/6)^2 + (2/6)^2 = 5/9.
    const exposure = exposureCounts(item, 4);
    const concentration = creatorConcentration(groupExposure(exposure, [0, 0, 1, 1], 2));
    expect(concentration.gini).toBeCloseTo(1 / 6, 12);
    expect(concentration.hhi).toBeCloseTo(5 / 9, 12);

    // Clickbait levels 0.9, 0.1, 0.2, 0.3 weighted by exposure: (2.7 + 0.1 + 0.2 + 0.3) / 6.
    expect(clickbaitShare([0.9, 0.1, 0.2, 0.3], { weights: exposure })).toBeCloseTo(0.55, 12);

    // Three seeds: mean 0.13, sd sqrt(0.0003) = 0.0173,
    // half-width t(0.975, 2) * 0.0173 / sqrt 3 = 4.3027 * 0.0100 = 0.0430.
    const summary = meanWithInterval([0.12, 0.15, 0.12]);
    expect(summary.mean).toBeCloseTo(0.13, 12);
    expect(summary.sd).toBeCloseTo(Math.sqrt(0.0006 / 2), 12);
    expect(summary.upper - summary.mean).toBeCloseTo(
      (4.302652729749464 * Math.sqrt(0.0003)) / Math.sqrt(3),
      9,
    );
  });

  it('exports functions and the error class only (types vanish at runtime)', () => {
    for (const [name, value] of Object.entries(metrics)) {
      expect(typeof value, name).toBe('function');
    }
    expect(() => meanUtility([])).toThrow(MetricInputError);
  });
});

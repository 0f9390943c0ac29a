import { studentTQuantile } from '@goodhart/metrics';
import type { PairedEffect } from './verdict-types';

export interface SeedCountOptions {
  /** The sd of the per-seed effect (paired difference, value or slope), from a pilot run. */
  sd: number;
  /** The smallest effect the claim cares about, in the metric's units (> 0). */
  smallestEffect: number;
  /** The interval's confidence level (0.95, as every verdict uses). */
  level?: number;
  /**
   * The chance that a true effect of exactly `smallestEffect` gives an interval that excludes
   * 0 (0.8 by default). 0.5 is the bare rule "half-width t·sd/√n below the effect".
   */
  power?: number;
  /** Never fewer seeds than this (5): below it an sd, and so the interval, is a guess. */
  minimum?: number;
  /** Give up above this many seeds (200): the effect is too small for this preset's budget. */
  maximum?: number;
}

/**
 * The fewest seeds n (at least `minimum`) with (t_{(1+level)/2, n−1} + t_{power, n−1})·sd/√n
 * ≤ smallestEffect: the paired t-interval of n seeds then excludes 0 with probability `power`
 * when the true effect is `smallestEffect` (the usual sample-size rule for a one-sample t-test,
 * with t in place of z because n is small). Throws when even `maximum` seeds would not do.
 */
export function seedsForEffect(options: SeedCountOptions): number {
  const { sd, smallestEffect, level = 0.95, power = 0.8, minimum = 5, maximum = 200 } = options;
  if (!(Number.isFinite(sd) && sd >= 0))
    throw new RangeError(`sd must be finite and ≥ 0, got ${sd}`);
  if (!(smallestEffect > 0))
    throw new RangeError(`smallestEffect must be > 0, got ${smallestEffect}`);
  if (!(power >= 0.5 && power < 1)) throw new RangeError(`power must be in [0.5, 1), got ${power}`);
  for (let n = Math.max(2, minimum); n <= maximum; n++) {
    const df = n - 1;
    const tLevel = studentTQuantile((1 + level) / 2, df);
    const tPower = power === 0.5 ? 0 : studentTQuantile(power, df);
    if (((tLevel + tPower) * sd) / Math.sqrt(n) <= smallestEffect) return n;
  }
  throw new RangeError(
    `an effect of ${smallestEffect} at sd ${sd} needs more than ${maximum} seeds (level ${level}, power ${power})`,
  );
}

/**
 * The sd of the per-seed effects behind a pilot run's interval, recovered from its half-width:
 * sd = (upper − lower) / 2 · √n / t_{(1+level)/2, n−1}. NaN with fewer than 2 seeds.
 */
export function effectSd(effect: PairedEffect, level = 0.95): number {
  if (effect.n < 2) return Number.NaN;
  const half = (effect.upper - effect.lower) / 2;
  return (half * Math.sqrt(effect.n)) / studentTQuantile((1 + level) / 2, effect.n - 1);
}

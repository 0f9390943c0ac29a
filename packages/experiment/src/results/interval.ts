import { meanWithInterval } from '@goodhart/metrics';
import type { Bounds } from './metric-bounds';

/** A mean across seeds with its confidence interval; n counts the seeds that had a value. */
export interface Interval {
  mean: number;
  lower: number;
  upper: number;
  n: number;
}

/**
 * metrics' meanWithInterval (Student t) over the finite values: a seed whose round measured
 * nothing (NaN) is left out rather than poisoning the mean. All NaN when none is finite.
 * With `bounds` (a share's [0, 1]), a t-interval that would cross a bound is replaced by the
 * bounded one of `boundedInterval`; one inside the bounds is kept as it is.
 */
export function intervalOf(values: readonly number[], level = 0.95, bounds?: Bounds): Interval {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { mean: Number.NaN, lower: Number.NaN, upper: Number.NaN, n: 0 };
  const t = meanWithInterval(finite, level);
  const { mean, lower, upper, n } = t;
  if (bounds === undefined || (lower >= bounds.lower && upper <= bounds.upper)) {
    return { mean, lower, upper, n };
  }
  // The t quantile the t-interval used: its half-width over the standard error.
  const se = t.sd / Math.sqrt(n);
  return { mean, ...boundedInterval(mean, se, (upper - mean) / se, bounds), n };
}

/**
 * Wilson's score interval with an effective sample size (Korn and Graubard 1998, "Confidence
 * intervals for proportions with small expected number of positive counts estimated from
 * survey data"): the mean rescaled to p in [0, 1] is treated as a proportion of n_eff trials,
 * n_eff = p(1 − p) / se², the sample size whose binomial variance equals the observed variance
 * of the mean, so the seeds' own spread sets the width. Wilson's interval never leaves [0, 1],
 * and is asymmetric near a bound, where the data are. `q` is the t quantile of the t-interval
 * it replaces (t with n − 1 degrees of freedom, as Korn and Graubard advise for few units).
 */
export function boundedInterval(
  mean: number,
  se: number,
  q: number,
  bounds: Bounds,
): { lower: number; upper: number } {
  const width = bounds.upper - bounds.lower;
  const p = Math.min(1, Math.max(0, (mean - bounds.lower) / width));
  const s = se / width;
  if (!(s > 0) || p === 0 || p === 1) return { lower: mean, upper: mean };
  const nEff = (p * (1 - p)) / (s * s);
  const q2n = (q * q) / nEff;
  const centre = (p + q2n / 2) / (1 + q2n);
  const half = (q / (1 + q2n)) * Math.sqrt((p * (1 - p)) / nEff + (q * q) / (4 * nEff * nEff));
  return {
    lower: bounds.lower + width * Math.max(0, centre - half),
    upper: bounds.lower + width * Math.min(1, centre + half),
  };
}

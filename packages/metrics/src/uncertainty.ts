import { MetricInputError } from './errors';
import { studentTUpperQuantile, studentTUpperTail } from './internal/student-t';
import {
  requireFinite,
  requireNonEmpty,
  requireOpenUnitInterval,
  requireSameLength,
} from './internal/validate';

function requireDegreesOfFreedom(metric: string, df: number): void {
  if (!(Number.isFinite(df) && df >= 0.1 && df <= 1e7)) {
    throw new MetricInputError(metric, 'df', `must be a number in [0.1, 1e7], got ${df}`);
  }
}

/**
 * The p-quantile of Student's t with `df` degrees of freedom (df may be fractional, as in
 * Welch's test): e.g. studentTQuantile(0.975, 4) = 2.776. Computed from the incomplete beta
 * function, accurate to about 1e-10.
 */
export function studentTQuantile(p: number, df: number): number {
  const metric = 'studentTQuantile';
  requireOpenUnitInterval(metric, 'p', p);
  requireDegreesOfFreedom(metric, df);
  if (p === 0.5) return 0;
  return p > 0.5 ? studentTUpperQuantile(1 - p, df) : -studentTUpperQuantile(p, df);
}

/** P(T <= t) under Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const metric = 'studentTCdf';
  if (Number.isNaN(t)) throw new MetricInputError(metric, 't', 'must be a number, got NaN');
  requireDegreesOfFreedom(metric, df);
  if (t === Number.POSITIVE_INFINITY) return 1;
  if (t === Number.NEGATIVE_INFINITY) return 0;
  return t >= 0 ? 1 - studentTUpperTail(t, df) : studentTUpperTail(-t, df);
}

export interface MeanInterval {
  mean: number;
  /** Two-sided confidence interval for the mean: mean -/+ t_{(1+level)/2, n-1} * sd / sqrt(n). */
  lower: number;
  upper: number;
  n: number;
  /** Sample standard deviation (divisor n - 1); 0 when n = 1. */
  sd: number;
}

/**
 * Mean of per-seed results with a Student-t confidence interval, the way every comparison
 * across seeds is reported. With a single value there is no spread to estimate: the interval
 * collapses to the value itself (and sd is 0), which says "one seed" rather than "certain".
 */
export function meanWithInterval(values: ArrayLike<number>, level = 0.95): MeanInterval {
  const metric = 'meanWithInterval';
  requireOpenUnitInterval(metric, 'level', level);
  requireNonEmpty(metric, 'values', values);
  requireFinite(metric, 'values', values);
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  if (n === 1) return { mean, lower: mean, upper: mean, n, sd: 0 };
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i]! - mean) ** 2;
  const sd = Math.sqrt(squares / (n - 1));
  const half = studentTUpperQuantile((1 - level) / 2, Math.min(n - 1, 1e7)) * (sd / Math.sqrt(n));
  return { mean, lower: mean - half, upper: mean + half, n, sd };
}

/**
 * Interval for the mean per-seed difference a[i] - b[i] between two arms run on the same
 * seeds. Pairing removes the seed-to-seed variation both arms share, so it is the interval to
 * use when arms are compared seed by seed.
 */
export function pairedDifferenceInterval(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  level = 0.95,
): MeanInterval {
  const metric = 'pairedDifferenceInterval';
  requireNonEmpty(metric, 'a', a);
  requireSameLength(metric, 'b', b, 'a', a);
  const differences = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) differences[i] = a[i]! - b[i]!;
  return meanWithInterval(differences, level);
}

export interface DifferenceInterval {
  /** mean(a) - mean(b). */
  difference: number;
  lower: number;
  upper: number;
  /** Welch-Satterthwaite degrees of freedom; NaN when neither sample varies. */
  df: number;
}

/**
 * Welch's interval for mean(a) - mean(b) from independent samples with possibly unequal
 * variances (arms run on different seeds). Needs at least two values in each sample. When both
 * samples have zero spread the interval collapses to the difference.
 */
export function welchDifferenceInterval(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  level = 0.95,
): DifferenceInterval {
  const metric = 'welchDifferenceInterval';
  if (a.length < 2)
    throw new MetricInputError(metric, 'a', `needs at least 2 values, got ${a.length}`);
  if (b.length < 2)
    throw new MetricInputError(metric, 'b', `needs at least 2 values, got ${b.length}`);
  const left = meanWithInterval(a, level);
  const right = meanWithInterval(b, level);
  const va = (left.sd * left.sd) / a.length;
  const vb = (right.sd * right.sd) / b.length;
  const difference = left.mean - right.mean;
  if (va + vb === 0) return { difference, lower: difference, upper: difference, df: Number.NaN };
  const df = (va + vb) ** 2 / ((va * va) / (a.length - 1) + (vb * vb) / (b.length - 1));
  const half = studentTUpperQuantile((1 - level) / 2, Math.min(df, 1e7)) * Math.sqrt(va + vb);
  return { difference, lower: difference - half, upper: difference + half, df };
}

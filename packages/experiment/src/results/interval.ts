import { meanWithInterval } from '@goodhart/metrics';

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
 */
export function intervalOf(values: readonly number[], level = 0.95): Interval {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { mean: Number.NaN, lower: Number.NaN, upper: Number.NaN, n: 0 };
  const { mean, lower, upper, n } = meanWithInterval(finite, level);
  return { mean, lower, upper, n };
}

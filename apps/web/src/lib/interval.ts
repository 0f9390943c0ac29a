import { meanWithInterval } from '@goodhart/metrics';

export interface MeanInterval {
  mean: number;
  low: number;
  high: number;
  n: number;
}

/**
 * Mean and 95% t-interval across seeds, by the platform's one definition
 * (`meanWithInterval` in @goodhart/metrics), over the finite values only: a seed whose metric
 * was not a number is left out. None left gives NaN.
 */
export function meanInterval95(values: readonly (number | null | undefined)[]): MeanInterval {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return { mean: Number.NaN, low: Number.NaN, high: Number.NaN, n: 0 };
  const { mean, lower, upper, n } = meanWithInterval(finite, 0.95);
  return { mean, low: lower, high: upper, n };
}

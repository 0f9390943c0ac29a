import { meanWithInterval, pairedDifferenceInterval } from '@goodhart/metrics';
import type { RunResult } from '../runner/run-result';
import type { PairedEffect } from './verdict-types';

/** The sign a difference is counted as agreeing with: > 0 (1) or < 0 (-1). */
export type Sign = 1 | -1;

export const noEffect: Readonly<PairedEffect> = Object.freeze({
  mean: Number.NaN,
  lower: Number.NaN,
  upper: Number.NaN,
  n: 0,
  agreeing: 0,
});

/**
 * metric(arm) − metric(reference), seed by seed, over the seeds both have with a finite value
 * (others are left out; n says how many counted): the mean difference with its 95% paired
 * Student-t interval (metrics' pairedDifferenceInterval) and how many seeds differ with `sign`.
 */
export function pairedEffect(
  arm: ReadonlyMap<number, RunResult>,
  reference: ReadonlyMap<number, RunResult>,
  metric: string,
  sign: Sign,
  level = 0.95,
): PairedEffect {
  const a: number[] = [];
  const b: number[] = [];
  let agreeing = 0;
  for (const [seed, run] of arm) {
    const left = run.summary[metric];
    const right = reference.get(seed)?.summary[metric];
    if (
      left !== undefined &&
      Number.isFinite(left) &&
      right !== undefined &&
      Number.isFinite(right)
    ) {
      a.push(left);
      b.push(right);
      if (Math.sign(left - right) === sign) agreeing++;
    }
  }
  if (a.length === 0) return { ...noEffect };
  const { mean, lower, upper, n } = pairedDifferenceInterval(a, b, level);
  return { mean, lower, upper, n, agreeing };
}

/**
 * Per-seed values that are already an effect (a change, a slope) against 0: their mean, 95%
 * Student-t interval and how many have `sign`. Non-finite values are left out.
 */
export function effectAgainstZero(
  values: readonly number[],
  sign: Sign,
  level = 0.95,
): PairedEffect {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { ...noEffect };
  const { mean, lower, upper, n } = meanWithInterval(finite, level);
  const agreeing = finite.filter((value) => Math.sign(value) === sign).length;
  return { mean, lower, upper, n, agreeing };
}

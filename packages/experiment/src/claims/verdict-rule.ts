import { formatNumber } from '../results/format-number';
import type { Verdict } from './claim-schema';
import type { PairedEffect } from './verdict-types';

/** Fewer paired seeds than this and no interval is worth reading. */
export const minimumPairedSeeds = 2;

/**
 * The verdict a paired effect gives a claim whose learners passed their gate (DESIGN.md
 * section 6): fewer than 2 seeds → inconclusive; a 95% interval that excludes 0 on the
 * expected side → reproduced, on the other side → contradicted; one that spans 0 (or touches
 * it) → no effect.
 */
export function verdictOf(
  effect: PairedEffect,
  expected: 'positive' | 'negative',
): { verdict: Verdict; reason: string } {
  if (effect.n < minimumPairedSeeds) {
    return {
      verdict: 'inconclusive',
      reason: `too few seeds: ${effect.n} paired with a finite value (needs ${minimumPairedSeeds} or more)`,
    };
  }
  const figures = `${describeEffect(effect)}; ${effect.agreeing}/${effect.n} seeds ${expected}`;
  const above = effect.lower > 0;
  const below = effect.upper < 0;
  if (!above && !below) return { verdict: 'no effect', reason: `interval spans 0: ${figures}` };
  const agrees = (expected === 'positive') === above;
  return agrees
    ? { verdict: 'reproduced', reason: `interval excludes 0 on the expected side: ${figures}` }
    : { verdict: 'contradicted', reason: `interval excludes 0 on the opposite side: ${figures}` };
}

/** `mean [lower, upper]`, as tables and reasons print an effect. */
export function describeEffect(effect: Pick<PairedEffect, 'mean' | 'lower' | 'upper'>): string {
  return `${formatNumber(effect.mean)} [${formatNumber(effect.lower)}, ${formatNumber(effect.upper)}]`;
}

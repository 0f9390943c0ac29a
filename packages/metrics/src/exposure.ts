import { MetricInputError } from './errors';
import { entropy, gini, herfindahl } from './internal/concentration';
import {
  requireIds,
  requireNonNegative,
  requirePositiveInteger,
  requireSameLength,
} from './internal/validate';

// How evenly exposure is spread over a set of recipients (items, creators). All of these take
// non-negative amounts, one per recipient, with the recipients that got nothing included as
// zeros: leaving them out would hide exactly the concentration being measured.

/**
 * Exposure per recipient from one id per impression: `exposureCounts(log.item, numItems)`
 * counts impressions per item; passing creator ids counts impressions per creator.
 */
export function exposureCounts(ids: ArrayLike<number>, numRecipients: number): Float64Array {
  const metric = 'exposureCounts';
  requirePositiveInteger(metric, 'numRecipients', numRecipients);
  requireIds(metric, 'ids', ids, numRecipients, 'numRecipients');
  const counts = new Float64Array(numRecipients);
  for (let i = 0; i < ids.length; i++) counts[ids[i]!]! += 1;
  return counts;
}

/**
 * Sums per-item exposure into per-group exposure, e.g. items into their creators:
 * `groupExposure(exposureCounts(log.item, numItems), itemCreator, numCreators)`.
 */
export function groupExposure(
  exposure: ArrayLike<number>,
  groupOf: ArrayLike<number>,
  numGroups: number,
): Float64Array {
  const metric = 'groupExposure';
  requirePositiveInteger(metric, 'numGroups', numGroups);
  requireSameLength(metric, 'groupOf', groupOf, 'exposure', exposure);
  requireNonNegative(metric, 'exposure', exposure);
  requireIds(metric, 'groupOf', groupOf, numGroups, 'numGroups');
  const totals = new Float64Array(numGroups);
  for (let i = 0; i < exposure.length; i++) totals[groupOf[i]!]! += exposure[i]!;
  return totals;
}

/**
 * Gini coefficient of exposure: 0 when every recipient gets the same, (n - 1)/n when one gets
 * everything. Computed from the sorted amounts as sum_i (2i - n - 1) x_(i) / (n sum x), i from 1.
 * 0 when nobody got any exposure (all equal, at zero).
 */
export function exposureGini(exposure: ArrayLike<number>): number {
  return gini('exposureGini', 'exposure', exposure);
}

/**
 * Shannon entropy of the exposure distribution, in nats (natural log). 0 when all exposure goes
 * to one recipient, and also when there is no exposure at all.
 */
export function exposureEntropy(exposure: ArrayLike<number>): number {
  return entropy('exposureEntropy', 'exposure', exposure);
}

/**
 * Entropy divided by its maximum, log(n): 1 for perfectly even exposure over all n recipients,
 * 0 for all of it on one. Needs at least two recipients (with one, even and concentrated are
 * the same thing).
 */
export function normalizedExposureEntropy(exposure: ArrayLike<number>): number {
  if (exposure.length < 2) {
    throw new MetricInputError(
      'normalizedExposureEntropy',
      'exposure',
      `needs at least 2 recipients, got ${exposure.length}`,
    );
  }
  return entropy('normalizedExposureEntropy', 'exposure', exposure) / Math.log(exposure.length);
}

/**
 * Herfindahl-Hirschman index: the sum of squared exposure shares, from 1/n (even) to 1 (one
 * recipient has everything). Its inverse is the "effective number" of recipients. 0 when there
 * is no exposure at all.
 */
export function herfindahlIndex(exposure: ArrayLike<number>): number {
  return herfindahl('herfindahlIndex', 'exposure', exposure);
}

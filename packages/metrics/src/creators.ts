import { MetricInputError } from './errors';
import { gini, herfindahl } from './internal/concentration';
import { requireFinite, requireNonEmpty, requireProbabilities } from './internal/validate';
import { weightedMean } from './internal/weighted-mean';

// Supply metrics take one value per item (or per creator). Without weights they describe what
// is on offer; with exposure counts as weights they describe what users were actually shown,
// and the gap between the two is what a recommender adds.

export interface ClickbaitShareOptions {
  /** Exposure per item (see `exposureCounts`): share of exposure rather than of supply. */
  weights?: ArrayLike<number>;
  /**
   * Count an item as clickbait when its level is at least this. Without a threshold each
   * level must lie in [0, 1] and is read as the clickbait fraction of that item (the share of
   * its creator's effort spent on appeal rather than value), so the result is the mean level.
   */
  threshold?: number;
}

/**
 * Share of the supply, or of exposure when weighted, that is clickbait. NaN when the weights
 * are all zero (nothing was shown).
 */
export function clickbaitShare(
  clickbait: ArrayLike<number>,
  options: ClickbaitShareOptions = {},
): number {
  const metric = 'clickbaitShare';
  const { weights, threshold } = options;
  requireNonEmpty(metric, 'clickbait', clickbait);
  if (threshold === undefined) {
    requireProbabilities(metric, 'clickbait', clickbait);
    return weightedMean(metric, 'clickbait', clickbait, weights);
  }
  if (!Number.isFinite(threshold)) {
    throw new MetricInputError(metric, 'options.threshold', `must be finite, got ${threshold}`);
  }
  requireFinite(metric, 'clickbait', clickbait);
  const isClickbait = new Uint8Array(clickbait.length);
  for (let i = 0; i < clickbait.length; i++) isClickbait[i] = clickbait[i]! >= threshold ? 1 : 0;
  return weightedMean(metric, 'clickbait', isClickbait, weights);
}

/**
 * Mean true quality of the supply, or of what was shown when weighted by exposure. NaN when
 * the weights are all zero.
 */
export function meanQuality(quality: ArrayLike<number>, weights?: ArrayLike<number>): number {
  return weightedMean('meanQuality', 'quality', quality, weights);
}

export interface CreatorConcentration {
  /** Gini coefficient of exposure across creators: 0 even, (n - 1)/n one creator takes all. */
  gini: number;
  /** Herfindahl-Hirschman index: sum of squared exposure shares, 1/n (even) to 1. */
  hhi: number;
}

/**
 * How concentrated exposure is across creators, from one total per creator (e.g.
 * `groupExposure(exposureCounts(log.item, numItems), itemCreator, numCreators)`), including
 * creators who got none.
 */
export function creatorConcentration(exposureByCreator: ArrayLike<number>): CreatorConcentration {
  const metric = 'creatorConcentration';
  return {
    gini: gini(metric, 'exposureByCreator', exposureByCreator),
    hhi: herfindahl(metric, 'exposureByCreator', exposureByCreator),
  };
}

import { requireBinary, requireFinite, requireNonEmpty } from './internal/validate';
import { weightedMean } from './internal/weighted-mean';

export interface Polarization {
  /**
   * Population variance of opinions around their mean: the spread. It grows when a population
   * splits into opposite camps, and does not move if everyone drifts together.
   */
  variance: number;
  /**
   * Mean distance of opinions from the neutral point 0: the extremity. It grows when opinions
   * move outward, in either or both directions, and catches a shared drift to one extreme that
   * the variance misses.
   */
  meanAbsolute: number;
}

/**
 * Polarization of users' opinions (on a scale centred at 0, e.g. [-1, 1]), reported two ways
 * because they answer different questions: `variance` (are people split?) and `meanAbsolute`
 * (are people extreme?). `weights` (e.g. activity per user) weight both.
 */
export function polarization(
  opinions: ArrayLike<number>,
  weights?: ArrayLike<number>,
): Polarization {
  const metric = 'polarization';
  requireNonEmpty(metric, 'opinions', opinions);
  requireFinite(metric, 'opinions', opinions);
  const mean = weightedMean(metric, 'opinions', opinions, weights);
  const squared = new Float64Array(opinions.length);
  const absolute = new Float64Array(opinions.length);
  for (let i = 0; i < opinions.length; i++) {
    const d = opinions[i]! - mean;
    squared[i] = d * d;
    absolute[i] = Math.abs(opinions[i]!);
  }
  return {
    variance: weightedMean(metric, 'opinions', squared, weights),
    meanAbsolute: weightedMean(metric, 'opinions', absolute, weights),
  };
}

/**
 * Share of exposure that went to misinformation. Either one 0/1 flag per impression (the mean
 * of the flags), or one flag per item with `exposure` per item as weights. NaN when the
 * weights are all zero.
 */
export function misinformationExposure(
  flags: ArrayLike<number>,
  exposure?: ArrayLike<number>,
): number {
  const metric = 'misinformationExposure';
  requireNonEmpty(metric, 'flags', flags);
  requireBinary(metric, 'flags', flags);
  return weightedMean(metric, 'flags', flags, exposure);
}

/**
 * Mean absolute polarity of items (polarity centred at 0), over the catalogue or, weighted by
 * exposure, over what was shown: how much polarizing content a recommender spreads.
 */
export function polarizingExposure(
  polarity: ArrayLike<number>,
  exposure?: ArrayLike<number>,
): number {
  const metric = 'polarizingExposure';
  requireNonEmpty(metric, 'polarity', polarity);
  requireFinite(metric, 'polarity', polarity);
  const absolute = new Float64Array(polarity.length);
  for (let i = 0; i < polarity.length; i++) absolute[i] = Math.abs(polarity[i]!);
  return weightedMean(metric, 'polarity', absolute, exposure);
}

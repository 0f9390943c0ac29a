import { requireFinite, requireNonEmpty, requireNonNegative, requireSameLength } from './validate';

/**
 * Mean of `values`, or their weighted mean when `weights` is given. Shared by the supply and
 * exposure metrics, where the same per-item value is averaged over the catalogue (no weights)
 * or over what users were shown (weights = exposure counts). Returns NaN when every weight is
 * zero: nothing was shown, so an exposure-weighted mean is undefined.
 */
export function weightedMean(
  metric: string,
  valuesName: string,
  values: ArrayLike<number>,
  weights: ArrayLike<number> | undefined,
): number {
  requireNonEmpty(metric, valuesName, values);
  requireFinite(metric, valuesName, values);
  if (weights === undefined) {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += values[i]!;
    return sum / values.length;
  }
  requireSameLength(metric, 'weights', weights, valuesName, values);
  requireNonNegative(metric, 'weights', weights);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i]! * weights[i]!;
    total += weights[i]!;
  }
  return total > 0 ? sum / total : Number.NaN;
}

export function sumOf(metric: string, name: string, values: ArrayLike<number>): number {
  requireFinite(metric, name, values);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum;
}

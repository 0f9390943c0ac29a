import { MetricInputError } from './errors';
import {
  requireFinite,
  requireIds,
  requireNonEmpty,
  requirePositiveInteger,
} from './internal/validate';

/**
 * Intra-list diversity: the mean pairwise cosine distance (1 - cosine similarity) between the
 * items of a slate, averaged over slates. `slates` holds `numSlates * slateSize` item ids row by
 * row (the layout `RecommendationEnv.step` takes); `itemFeatures` holds `numItems * dim` values.
 * Distance ranges over [0, 2]: 0 for a slate of identical directions, 1 for orthogonal items.
 * An item with an all-zero feature vector has no direction; it is treated as orthogonal to
 * everything (distance 1) rather than making the metric NaN.
 */
export function intraListDiversity(
  slates: ArrayLike<number>,
  itemFeatures: ArrayLike<number>,
  dim: number,
  slateSize: number,
): number {
  const metric = 'intraListDiversity';
  requirePositiveInteger(metric, 'dim', dim);
  requirePositiveInteger(metric, 'slateSize', slateSize);
  if (slateSize < 2) {
    throw new MetricInputError(
      metric,
      'slateSize',
      `must be at least 2 to have pairs, got ${slateSize}`,
    );
  }
  requireNonEmpty(metric, 'slates', slates);
  if (slates.length % slateSize !== 0) {
    throw new MetricInputError(
      metric,
      'slates',
      `has length ${slates.length}, which is not a multiple of slateSize = ${slateSize}`,
    );
  }
  if (itemFeatures.length === 0 || itemFeatures.length % dim !== 0) {
    throw new MetricInputError(
      metric,
      'itemFeatures',
      `has length ${itemFeatures.length}, which is not a positive multiple of dim = ${dim}`,
    );
  }
  requireFinite(metric, 'itemFeatures', itemFeatures);
  const numItems = itemFeatures.length / dim;
  requireIds(metric, 'slates', slates, numItems, 'numItems');

  const norms = new Float64Array(numItems);
  for (let item = 0; item < numItems; item++) {
    let squared = 0;
    for (let k = item * dim; k < (item + 1) * dim; k++)
      squared += itemFeatures[k]! * itemFeatures[k]!;
    norms[item] = Math.sqrt(squared);
  }

  const numSlates = slates.length / slateSize;
  const pairsPerSlate = (slateSize * (slateSize - 1)) / 2;
  let total = 0;
  for (let s = 0; s < numSlates; s++) {
    const start = s * slateSize;
    let slateSum = 0;
    for (let a = 0; a < slateSize; a++) {
      const i = slates[start + a]!;
      for (let b = a + 1; b < slateSize; b++) {
        const j = slates[start + b]!;
        const denominator = norms[i]! * norms[j]!;
        if (denominator === 0) {
          slateSum += 1;
          continue;
        }
        let dot = 0;
        for (let k = 0; k < dim; k++)
          dot += itemFeatures[i * dim + k]! * itemFeatures[j * dim + k]!;
        slateSum += 1 - dot / denominator;
      }
    }
    total += slateSum / pairsPerSlate;
  }
  return total / numSlates;
}

/**
 * Catalogue coverage: the fraction of the catalogue's `numItems` items shown at least once,
 * given one item id per impression.
 */
export function catalogueCoverage(shownItems: ArrayLike<number>, numItems: number): number {
  const metric = 'catalogueCoverage';
  requirePositiveInteger(metric, 'numItems', numItems);
  requireIds(metric, 'shownItems', shownItems, numItems, 'numItems');
  const seen = new Uint8Array(numItems);
  let distinct = 0;
  for (let i = 0; i < shownItems.length; i++) {
    const item = shownItems[i]!;
    if (seen[item] === 0) {
      seen[item] = 1;
      distinct++;
    }
  }
  return distinct / numItems;
}

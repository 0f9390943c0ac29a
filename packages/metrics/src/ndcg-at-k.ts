import { meanOverUsers, type PerUserMean, requireRows } from './internal/per-row';
import { topIndices, topIndicesScratch, topValues } from './internal/top-indices';
import { requireNonNegative, requirePositiveInteger } from './internal/validate';

/** nDCG@k per user; `usersLeftOut`: users whose gains are all 0 (their ideal DCG is 0). */
export type NdcgAtK = PerUserMean;

/**
 * Normalised discounted cumulative gain of each user's top k items by `scores`, averaged over
 * users. Scores and gains are rows of `rowLength` entries, one row per user. A user's DCG@k is
 * Σ_{p < k} gain(p-th item by score) / log2(p + 2) (positions 0-based, so the first item is
 * undiscounted); nDCG@k divides it by the DCG of the k items with the highest gains, so 1 is
 * the best order the user's items allow. Gains must be non-negative (a negative gain would let
 * a worse list score higher than the ideal one), so the caller maps its truth onto gains and
 * says how. Ties in score are broken by the lower index (a stable order), so the figure does
 * not depend on the sort. A row whose gains are all 0 is left out (its ideal DCG is 0).
 */
export function ndcgAtK(
  scores: ArrayLike<number>,
  gains: ArrayLike<number>,
  rowLength: number,
  k: number,
): NdcgAtK {
  const metric = 'ndcgAtK';
  requirePositiveInteger(metric, 'k', k);
  const rows = requireRows(metric, scores, 'gains', gains, rowLength);
  requireNonNegative(metric, 'gains', gains);
  const depth = Math.min(k, rowLength);
  const discount = new Float64Array(depth);
  for (let p = 0; p < depth; p++) discount[p] = 1 / Math.log2(p + 2);
  const perUser = new Float64Array(rows);
  const scratch = topIndicesScratch(rowLength);
  for (let r = 0; r < rows; r++) {
    const offset = r * rowLength;
    // The top `depth` by score, ties by the lower index (no full sort: see topIndices).
    const order = topIndices(scores, offset, rowLength, depth, scratch);
    let dcg = 0;
    for (let p = 0; p < depth; p++) dcg += gains[offset + order[p]!]! * discount[p]!;
    // The `depth` highest gains, ascending: the ideal list is them from the highest.
    const best = topValues(gains, offset, rowLength, depth, scratch.ascending);
    let ideal = 0;
    for (let p = 0; p < depth; p++) ideal += best[depth - 1 - p]! * discount[p]!;
    perUser[r] = ideal === 0 ? Number.NaN : dcg / ideal;
  }
  return meanOverUsers(perUser);
}

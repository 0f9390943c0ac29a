import { meanOverUsers, type PerUserMean, requireRows } from './internal/per-row';
import { requireFinite } from './internal/validate';
import { auc } from './ranking';

/** Per-user AUC; `usersLeftOut`: users whose truth did not vary (no ranking to judge). */
export type PerUserAuc = PerUserMean;

/**
 * How well a score ranks each user's items by that user's own graded truth, averaged over
 * users. Scores and truth are rows of `rowLength` entries, one row per user, the same items in
 * the same order in both. Within a row, an item counts as relevant when its truth is strictly
 * above the row's median (the upper half of that user's items), and the row's AUC is the
 * probability that a relevant item is scored above an irrelevant one, ties one half (`auc`).
 *
 * Why within users and against each user's own median: a pooled AUC against a global median
 * rewards scores that separate heavy users from light ones, or items everyone likes from
 * items no one does, without ranking anything for anyone; the within-user AUC is untouched by
 * any per-user shift of score or truth, so it asks only whether the user's own items are put
 * in the user's own order. A user whose truth is the same for every item has no upper half:
 * that user is left out of the mean and counted in `usersLeftOut`.
 */
export function perUserAuc(
  scores: ArrayLike<number>,
  truth: ArrayLike<number>,
  rowLength: number,
): PerUserAuc {
  const metric = 'perUserAuc';
  const rows = requireRows(metric, scores, 'truth', truth, rowLength);
  requireFinite(metric, 'truth', truth);
  const perUser = new Float64Array(rows);
  const rowScores = new Float64Array(rowLength);
  const rowTruth = new Float64Array(rowLength);
  const labels = new Uint8Array(rowLength);
  for (let r = 0; r < rows; r++) {
    const offset = r * rowLength;
    for (let j = 0; j < rowLength; j++) {
      rowScores[j] = scores[offset + j]!;
      rowTruth[j] = truth[offset + j]!;
    }
    const median = medianOf(rowTruth);
    let positives = 0;
    for (let j = 0; j < rowLength; j++) {
      labels[j] = rowTruth[j]! > median ? 1 : 0;
      positives += labels[j]!;
    }
    // With a finite row, some item is above the median unless every item equals it.
    perUser[r] = positives === 0 ? Number.NaN : auc(rowScores, labels);
  }
  return meanOverUsers(perUser);
}

function medianOf(values: Float64Array): number {
  const sorted = values.slice().sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

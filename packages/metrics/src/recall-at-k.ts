import { meanOverUsers, type PerUserMean, requireRows } from './internal/per-row';
import { topIndices, topIndicesScratch } from './internal/top-indices';
import { requireFinite, requirePositiveInteger } from './internal/validate';

/** Recall@k per user, averaged over users (see recallAtK). */
export type RecallAtK = PerUserMean;

/**
 * Recall at k against a truth: each user's relevant items are the `relevant` items of the row
 * with the highest truth; the user's recall@k is the share of them among the k items of
 * highest score, |top-k ∩ relevant| / min(k, relevant), the truncated recall of Liang et al.
 * (WWW 2018), so that 1 is the best a list of k can do whether k is shorter or longer than the
 * relevant set. Scores and truth are rows of `rowLength` entries, one row per user. Ties, in
 * score and in truth, are broken by the lower index (a stable order). `relevant` and k above
 * rowLength are cut to it.
 */
export function recallAtK(
  scores: ArrayLike<number>,
  truth: ArrayLike<number>,
  rowLength: number,
  k: number,
  relevant: number,
): RecallAtK {
  const metric = 'recallAtK';
  requirePositiveInteger(metric, 'k', k);
  requirePositiveInteger(metric, 'relevant', relevant);
  const rows = requireRows(metric, scores, 'truth', truth, rowLength);
  requireFinite(metric, 'truth', truth);
  const depth = Math.min(k, rowLength);
  const relevantCount = Math.min(relevant, rowLength);
  const perUser = new Float64Array(rows);
  const scratch = topIndicesScratch(rowLength);
  const isRelevant = new Uint8Array(rowLength);
  for (let r = 0; r < rows; r++) {
    const offset = r * rowLength;
    // Only the first relevantCount (then depth) positions are read: topIndices gives those.
    isRelevant.fill(0);
    const byTruth = topIndices(truth, offset, rowLength, relevantCount, scratch);
    for (let p = 0; p < relevantCount; p++) isRelevant[byTruth[p]!] = 1;
    const byScore = topIndices(scores, offset, rowLength, depth, scratch);
    let hits = 0;
    for (let p = 0; p < depth; p++) hits += isRelevant[byScore[p]!]!;
    perUser[r] = hits / Math.min(depth, relevantCount);
  }
  return meanOverUsers(perUser);
}

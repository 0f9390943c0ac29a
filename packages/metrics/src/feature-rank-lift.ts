import { MetricInputError } from './errors';
import { midRanks } from './internal/mid-ranks';
import { meanOverUsers, type PerUserMean, requireRows } from './internal/per-row';
import { requireFinite, requireSameLength } from './internal/validate';

/** Per-user rank lift of the flagged items; `usersLeftOut`: users with none flagged. */
export type FeatureRankLift = PerUserMean;

/**
 * How far a score lifts the items carrying a flag above where the truth puts them, within
 * each user: for each row (a user's items, as in perUserAuc), every item's percentile rank
 * under the score and under the truth ((rank − 1) / (n − 1), 0 for the lowest, 1 for the
 * highest, ties sharing their mean rank), and the row's lift is the mean, over its flagged
 * items, of score percentile minus truth percentile. Averaged over users.
 *
 * Why: a score that ranks each user's items exactly by the truth has lift 0, whatever the
 * flagged items' own relevance; one that promotes the flagged items beyond their relevance has
 * a positive lift, up to 1. So it measures the weight a learner puts on the flag net of the
 * truth, in ranks, which compare across learners whose scores are on different scales. A row
 * with no flagged item, or a single item, has no lift and is left out.
 */
export function featureRankLift(
  scores: ArrayLike<number>,
  truth: ArrayLike<number>,
  flagged: ArrayLike<number>,
  rowLength: number,
): FeatureRankLift {
  const metric = 'featureRankLift';
  const rows = requireRows(metric, scores, 'truth', truth, rowLength);
  requireFinite(metric, 'truth', truth);
  requireSameLength(metric, 'flagged', flagged, 'scores', scores);
  const perUser = new Float64Array(rows);
  const scorePercentile = new Float64Array(rowLength);
  const truthPercentile = new Float64Array(rowLength);
  const sorted = new Float64Array(rowLength);
  for (let r = 0; r < rows; r++) {
    const offset = r * rowLength;
    percentiles(scores, offset, rowLength, sorted, scorePercentile);
    percentiles(truth, offset, rowLength, sorted, truthPercentile);
    let sum = 0;
    let count = 0;
    for (let j = 0; j < rowLength; j++) {
      const flag = flagged[offset + j];
      if (flag !== 0 && flag !== 1) {
        throw new MetricInputError(metric, 'flagged', `[${offset + j}] = ${flag} is not 0 or 1`);
      }
      if (flag === 0) continue;
      sum += scorePercentile[j]! - truthPercentile[j]!;
      count++;
    }
    perUser[r] = count === 0 || rowLength < 2 ? Number.NaN : sum / count;
  }
  return meanOverUsers(perUser);
}

/**
 * Percentile ranks in [0, 1] of values[offset, offset + n), ties sharing their mean rank. Divided
 * by n − 1, not multiplied by its reciprocal as rowPercentiles does: the same figures as before
 * the ranking was shared, bit for bit.
 */
function percentiles(
  values: ArrayLike<number>,
  offset: number,
  n: number,
  sorted: Float64Array,
  out: Float64Array,
) {
  midRanks(values, offset, n, sorted, out);
  for (let k = 0; k < n; k++) out[k] = n > 1 ? out[k]! / (n - 1) : 0;
}

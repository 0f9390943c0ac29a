import { MetricInputError } from '../errors';
import {
  requireFinite,
  requireNonEmpty,
  requirePositiveInteger,
  requireSameLength,
} from './validate';

/** A per-user figure averaged over users, with how many users the mean is over. */
export interface PerUserMean {
  /** Mean over the users counted of each user's figure; NaN when no user could be counted. */
  mean: number;
  /** Each user's figure, in row order; NaN for a user left out. */
  perUser: Float64Array;
  /** Users whose figure is defined. */
  usersCounted: number;
  /** Users left out: the figure is undefined for them (each metric says when). */
  usersLeftOut: number;
}

/**
 * Checks scores and a truth laid out as rows of `rowLength` entries, one row per user, and
 * returns the number of rows.
 */
export function requireRows(
  metric: string,
  scores: ArrayLike<number>,
  truthName: string,
  truth: ArrayLike<number>,
  rowLength: number,
): number {
  requirePositiveInteger(metric, 'rowLength', rowLength);
  requireNonEmpty(metric, 'scores', scores);
  requireSameLength(metric, truthName, truth, 'scores', scores);
  if (scores.length % rowLength !== 0) {
    throw new MetricInputError(
      metric,
      'scores',
      `has length ${scores.length}, not a multiple of rowLength = ${rowLength}`,
    );
  }
  requireFinite(metric, 'scores', scores);
  return scores.length / rowLength;
}

/** The mean of the defined (non-NaN) per-user figures, and the counts. */
export function meanOverUsers(perUser: Float64Array): PerUserMean {
  let sum = 0;
  let counted = 0;
  for (const value of perUser) {
    if (Number.isNaN(value)) continue;
    sum += value;
    counted++;
  }
  return {
    mean: counted > 0 ? sum / counted : Number.NaN,
    perUser,
    usersCounted: counted,
    usersLeftOut: perUser.length - counted,
  };
}

import { MetricInputError } from './errors';
import { midRanks } from './internal/mid-ranks';
import {
  requireFinite,
  requireNonEmpty,
  requirePositiveInteger,
  requireSameLength,
} from './internal/validate';

/**
 * Percentile of each of values[from .. from + n) among them: (mid-rank − 1) / (n − 1), so the
 * lowest is 0, the highest 1, and tied values share the mean of their ranks. Written to out.
 * `sorted` is scratch of at least n.
 */
function percentiles(
  values: ArrayLike<number>,
  from: number,
  n: number,
  sorted: Float64Array,
  out: Float64Array,
): void {
  midRanks(values, from, n, sorted, out);
  const scale = n > 1 ? 1 / (n - 1) : 0;
  for (let i = 0; i < n; i++) out[i] = out[i]! * scale;
}

/** Pearson correlation of x and y (same length); NaN when either is constant. */
function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

/** Checks two rows × cols grids of finite numbers; returns rows. */
function checkGrid(
  metric: string,
  name: string,
  values: ArrayLike<number>,
  otherName: string,
  other: ArrayLike<number>,
  cols: number,
): number {
  requirePositiveInteger(metric, 'cols', cols);
  requireNonEmpty(metric, name, values);
  requireSameLength(metric, otherName, other, name, values);
  requireFinite(metric, name, values);
  requireFinite(metric, otherName, other);
  if (values.length % cols !== 0) {
    throw new MetricInputError(
      metric,
      name,
      `has length ${values.length}, not a whole number of rows of ${cols} columns`,
    );
  }
  return values.length / cols;
}

/** Checks that past exposure is finite with one entry per column. */
function checkExposure(metric: string, pastExposure: ArrayLike<number>, cols: number): void {
  requireFinite(metric, 'pastExposure', pastExposure);
  if (pastExposure.length !== cols) {
    throw new MetricInputError(
      metric,
      'pastExposure',
      `has length ${pastExposure.length}; it must have one entry per column (${cols})`,
    );
  }
}

/**
 * Each row's percentiles of a rows × cols grid (row-major): (mid-rank − 1) / (cols − 1)
 * within the row, ties sharing the mean of their ranks. What exposureAmplification and
 * rankAutocorrelation rank their inputs by; a caller that judges the same rows again (the
 * current scores in both metrics, and as the previous ones next round) ranks them once and
 * hands them to the `…OfPercentiles` forms, which give the same numbers bit for bit.
 */
export function rowPercentiles(
  values: ArrayLike<number>,
  cols: number,
  out: Float64Array = new Float64Array(values.length),
): Float64Array {
  const metric = 'rowPercentiles';
  requirePositiveInteger(metric, 'cols', cols);
  requireNonEmpty(metric, 'values', values);
  requireFinite(metric, 'values', values);
  if (values.length % cols !== 0) {
    throw new MetricInputError(
      metric,
      'values',
      `has length ${values.length}, not a whole number of rows of ${cols} columns`,
    );
  }
  if (out.length < values.length)
    throw new MetricInputError(metric, 'out', `has length ${out.length} < ${values.length}`);
  return percentileGrid(values, cols, out);
}

/** rowPercentiles of a checked grid. */
function percentileGrid(
  values: ArrayLike<number>,
  cols: number,
  out: Float64Array = new Float64Array(values.length),
): Float64Array {
  const sorted = new Float64Array(cols);
  const row = new Float64Array(cols);
  for (let from = 0; from < values.length; from += cols) {
    percentiles(values, from, cols, sorted, row);
    out.set(row, from);
  }
  return out;
}

/**
 * How much an item's past exposure raises its later score beyond its true relevance: the
 * signature of a ranker that amplifies its own past decisions (the "degenerate equilibria" of
 * Zhao et al. 2019). Within each user (row) the model's scores and the true relevance are
 * turned into percentiles among the `cols` items; an item's lift is its score percentile
 * minus its relevance percentile, averaged over users; the result is the Pearson correlation,
 * across items, of that lift with `pastExposure` (e.g. each item's impressions in the top
 * slots in earlier rounds). 0: exposure says nothing about being over- or under-rated;
 * towards 1: the more an item was shown, the more the model overrates it. NaN when exposure
 * or lift is the same for every item. Percentiles make it blind to the scores' scale, so
 * arms with different losses compare.
 *
 * scores, truth: rows × cols, row-major (row = user, column = item); pastExposure: cols.
 */
export function exposureAmplification(
  scores: ArrayLike<number>,
  truth: ArrayLike<number>,
  pastExposure: ArrayLike<number>,
  cols: number,
): number {
  const metric = 'exposureAmplification';
  checkGrid(metric, 'scores', scores, 'truth', truth, cols);
  checkExposure(metric, pastExposure, cols);
  return liftCorrelation(
    percentileGrid(scores, cols),
    percentileGrid(truth, cols),
    pastExposure,
    cols,
  );
}

/** exposureAmplification from the grids' rowPercentiles. */
export function exposureAmplificationOfPercentiles(
  scorePercentiles: Float64Array,
  truthPercentiles: Float64Array,
  pastExposure: ArrayLike<number>,
  cols: number,
): number {
  const metric = 'exposureAmplificationOfPercentiles';
  checkGrid(
    metric,
    'scorePercentiles',
    scorePercentiles,
    'truthPercentiles',
    truthPercentiles,
    cols,
  );
  checkExposure(metric, pastExposure, cols);
  return liftCorrelation(scorePercentiles, truthPercentiles, pastExposure, cols);
}

function liftCorrelation(
  scorePct: Float64Array,
  truthPct: Float64Array,
  pastExposure: ArrayLike<number>,
  cols: number,
): number {
  const rows = scorePct.length / cols;
  const lift = new Float64Array(cols);
  for (let from = 0; from < scorePct.length; from += cols)
    for (let i = 0; i < cols; i++) lift[i]! += (scorePct[from + i]! - truthPct[from + i]!) / rows;
  return pearson(pastExposure, lift);
}

/**
 * Rank autocorrelation of served rankings across rounds: for each user (row), Spearman's ρ
 * (the Pearson correlation of mid-ranks) between the scores the model served the user at
 * one round and at a later one, averaged over users. 1: the user is shown the same order
 * again; near 0: the ranking was reshuffled. Rows where either ranking is constant (all
 * items tied) are left out; NaN when every row is. A ranker that has settled on the truth
 * also repeats itself, so this is read beside exposureAmplification, not alone.
 *
 * previous, current: rows × cols, row-major, the same users in the same rows.
 */
export function rankAutocorrelation(
  previous: ArrayLike<number>,
  current: ArrayLike<number>,
  cols: number,
): number {
  checkGrid('rankAutocorrelation', 'previous', previous, 'current', current, cols);
  return meanRowRho(percentileGrid(previous, cols), percentileGrid(current, cols), cols);
}

/** rankAutocorrelation from the grids' rowPercentiles. */
export function rankAutocorrelationOfPercentiles(
  previousPercentiles: Float64Array,
  currentPercentiles: Float64Array,
  cols: number,
): number {
  checkGrid(
    'rankAutocorrelationOfPercentiles',
    'previousPercentiles',
    previousPercentiles,
    'currentPercentiles',
    currentPercentiles,
    cols,
  );
  return meanRowRho(previousPercentiles, currentPercentiles, cols);
}

function meanRowRho(before: Float64Array, after: Float64Array, cols: number): number {
  let sum = 0;
  let counted = 0;
  for (let from = 0; from < before.length; from += cols) {
    const rho = pearson(before.subarray(from, from + cols), after.subarray(from, from + cols));
    if (Number.isNaN(rho)) continue;
    sum += rho;
    counted++;
  }
  return counted > 0 ? sum / counted : Number.NaN;
}

import { MetricInputError } from './errors';
import {
  requireNonEmpty,
  requirePositiveInteger,
  requireProbabilities,
  requireSameLength,
} from './internal/validate';

// Labels may be 0/1 outcomes or soft labels in [0, 1] (e.g. a true click probability when
// the simulator knows it); every formula below reads them as "the probability of a positive".

function requirePredictions(
  metric: string,
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
): void {
  requireNonEmpty(metric, 'probabilities', probabilities);
  requireSameLength(metric, 'labels', labels, 'probabilities', probabilities);
  requireProbabilities(metric, 'probabilities', probabilities);
  requireProbabilities(metric, 'labels', labels);
}

/** Brier score: mean squared gap between predicted probability and label. Lower is better. */
export function brierScore(probabilities: ArrayLike<number>, labels: ArrayLike<number>): number {
  requirePredictions('brierScore', probabilities, labels);
  let sum = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const d = probabilities[i]! - labels[i]!;
    sum += d * d;
  }
  return sum / probabilities.length;
}

export interface LogLossOptions {
  /**
   * Probabilities are clipped to [epsilon, 1 - epsilon], so a confident miss costs a lot rather
   * than infinity. Default 1e-15.
   */
  epsilon?: number;
}

/** Mean binary cross-entropy (natural log) of the predictions, clipped. Lower is better. */
export function logLoss(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  options: LogLossOptions = {},
): number {
  const metric = 'logLoss';
  const epsilon = options.epsilon ?? 1e-15;
  if (!(epsilon > 0 && epsilon < 0.5)) {
    throw new MetricInputError(metric, 'options.epsilon', `must lie in (0, 0.5), got ${epsilon}`);
  }
  requirePredictions(metric, probabilities, labels);
  let sum = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const p = Math.min(Math.max(probabilities[i]!, epsilon), 1 - epsilon);
    const y = labels[i]!;
    sum -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
  }
  return sum / probabilities.length;
}

export type BinStrategy = 'equal-width' | 'equal-mass';

export interface CalibrationOptions {
  /** Number of bins. Default 10. */
  bins?: number;
  /**
   * 'equal-width' (default): bins [0, 0.1), [0.1, 0.2), ... [0.9, 1]. 'equal-mass': the
   * predictions sorted and cut into bins of (nearly) equal counts, so a model that only
   * predicts near 0 still gets resolution where its predictions are (the adaptive binning of
   * Nixon et al., 2019). Equal predictions always share a bin, so ties can make bins uneven
   * or fewer.
   */
  strategy?: BinStrategy;
}

export interface ReliabilityBin {
  /** Bin edges: fixed for equal-width; the bin's smallest and largest prediction for equal-mass. */
  lower: number;
  upper: number;
  meanPredicted: number;
  fractionPositive: number;
  count: number;
}

/**
 * The points of a reliability diagram: per bin, mean predicted probability against the
 * observed fraction of positives. A calibrated model lies on the diagonal. Empty bins are
 * left out (there is nothing to plot), so fewer than `bins` entries may come back.
 */
export function reliabilityDiagram(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  options: CalibrationOptions = {},
): ReliabilityBin[] {
  return binPredictions('reliabilityDiagram', probabilities, labels, options);
}

/**
 * Expected calibration error: the count-weighted mean gap |mean predicted - fraction positive|
 * over bins. 0 for a perfectly calibrated model; its value depends on the binning, so compare
 * models with the same options.
 */
export function expectedCalibrationError(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  options: CalibrationOptions = {},
): number {
  const bins = binPredictions('expectedCalibrationError', probabilities, labels, options);
  let gap = 0;
  for (const bin of bins) gap += bin.count * Math.abs(bin.meanPredicted - bin.fractionPositive);
  return gap / probabilities.length;
}

function binPredictions(
  metric: string,
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  options: CalibrationOptions,
): ReliabilityBin[] {
  const numBins = options.bins ?? 10;
  const strategy = options.strategy ?? 'equal-width';
  requirePositiveInteger(metric, 'options.bins', numBins);
  if (strategy !== 'equal-width' && strategy !== 'equal-mass') {
    throw new MetricInputError(
      metric,
      'options.strategy',
      `must be 'equal-width' or 'equal-mass', got ${JSON.stringify(strategy)}`,
    );
  }
  requirePredictions(metric, probabilities, labels);
  const n = probabilities.length;
  const count = new Float64Array(numBins);
  const sumPredicted = new Float64Array(numBins);
  const sumLabels = new Float64Array(numBins);
  const lower = new Float64Array(numBins);
  const upper = new Float64Array(numBins);

  if (strategy === 'equal-width') {
    for (let i = 0; i < n; i++) {
      const p = probabilities[i]!;
      const b = Math.min(Math.floor(p * numBins), numBins - 1);
      count[b]!++;
      sumPredicted[b]! += p;
      sumLabels[b]! += labels[i]!;
    }
    for (let b = 0; b < numBins; b++) {
      lower[b] = b / numBins;
      upper[b] = (b + 1) / numBins;
    }
  } else {
    // Cut points at the order statistics floor(b n / B); a prediction goes to the bin of the
    // last cut at or below it. Without ties every bin gets floor-rounded equal counts; tied
    // predictions stay in one bin (a constant predictor gets one bin, not several that differ
    // only in label noise).
    const sorted = Float64Array.from(probabilities).sort();
    const cuts = new Float64Array(numBins - 1);
    for (let b = 1; b < numBins; b++) cuts[b - 1] = sorted[Math.floor((b * n) / numBins)]!;
    lower.fill(Number.POSITIVE_INFINITY);
    upper.fill(Number.NEGATIVE_INFINITY);
    for (let i = 0; i < n; i++) {
      const p = probabilities[i]!;
      let lo = 0;
      let hi = numBins - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (cuts[mid - 1]! <= p) lo = mid;
        else hi = mid - 1;
      }
      count[lo]!++;
      sumPredicted[lo]! += p;
      sumLabels[lo]! += labels[i]!;
      if (p < lower[lo]!) lower[lo] = p;
      if (p > upper[lo]!) upper[lo] = p;
    }
  }

  const bins: ReliabilityBin[] = [];
  for (let b = 0; b < numBins; b++) {
    if (count[b] === 0) continue;
    bins.push({
      lower: lower[b]!,
      upper: upper[b]!,
      meanPredicted: sumPredicted[b]! / count[b]!,
      fractionPositive: sumLabels[b]! / count[b]!,
      count: count[b]!,
    });
  }
  return bins;
}

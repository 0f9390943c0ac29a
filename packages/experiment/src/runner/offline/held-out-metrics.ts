import {
  auc,
  brierScore,
  type DecisionCosts,
  expectedCalibrationError,
  expectedCost,
  logLoss,
} from '@goodhart/metrics';
import type { ArmReadout } from './arm-readout';
import { tiltedProbability } from './cost-tilt';

/** Probabilities are clipped to [ε, 1 − ε] in every log, as metrics' logLoss does. */
const logFloor = 1e-15;

/**
 * The figures an offline arm is judged by on labelled rows, each from its readout:
 * - `heldOutExpectedCost`: mean c_FP·FP + c_FN·FN per row of its answers;
 * - `weightedLogLoss`: the cost-weighted cross-entropy of its probability re-tilted by
 *   r = c_FN/c_FP (a weighted arm's own output, an unweighted arm's adjusted ex post): the
 *   machine's objective that Autor et al. (2025) compare the two approaches on;
 * - `logLoss`, `brier`, `ece`: of the stated (de-tilted) probability against the label;
 * - `accuracy`, `positiveRate`: of the answers;
 * - `confidenceEce`, `confidenceBrier`, `meanConfidence`, `overconfidence` (mean confidence
 *   minus accuracy): of the stated confidence that the answer is right, against whether it is.
 * Per epoch only these O(n) figures; `rankingMetrics` adds the sorts at the chosen epoch.
 */
export function heldOutMetrics(
  readout: ArmReadout,
  labels: Uint8Array,
  costs: DecisionCosts,
): Record<string, number> {
  const rows = labels.length;
  const ratio = costs.falseNegative / costs.falsePositive;
  const correct = new Uint8Array(rows);
  let weighted = 0;
  let right = 0;
  let positives = 0;
  let confidence = 0;
  for (let r = 0; r < rows; r++) {
    correct[r] = readout.decisions[r] === labels[r] ? 1 : 0;
    right += correct[r]!;
    positives += readout.decisions[r]!;
    confidence += readout.confidence[r]!;
    const tilted = clip(tiltedProbability(readout.probability[r]!, ratio));
    weighted -=
      labels[r] === 1
        ? costs.falseNegative * Math.log(tilted)
        : costs.falsePositive * Math.log(1 - tilted);
  }
  const accuracy = right / rows;
  return {
    heldOutExpectedCost: expectedCost(readout.decisions, labels, costs),
    weightedLogLoss: weighted / rows,
    logLoss: logLoss(readout.probability, labels),
    brier: brierScore(readout.probability, labels),
    ece: expectedCalibrationError(readout.probability, labels),
    accuracy,
    positiveRate: positives / rows,
    confidenceEce: expectedCalibrationError(readout.confidence, correct),
    confidenceBrier: brierScore(readout.confidence, correct),
    meanConfidence: confidence / rows,
    overconfidence: confidence / rows - accuracy,
  };
}

/**
 * `auc`: of the answer head's score against the label (the tilt is monotone, so it is the
 * same before and after de-tilting: how much the arm learnt, not how it chooses);
 * `confidenceAuc`: of the stated confidence against whether the answer is right.
 */
export function rankingMetrics(readout: ArmReadout, labels: Uint8Array): Record<string, number> {
  const correct = labels.map((label, r) => (readout.decisions[r] === label ? 1 : 0));
  return {
    auc: auc(readout.score, labels),
    confidenceAuc: auc(readout.confidence, correct),
  };
}

function clip(p: number): number {
  return Math.min(Math.max(p, logFloor), 1 - logFloor);
}

import { MetricInputError } from './errors';
import {
  requireBinary,
  requireNonEmpty,
  requireNonNegativeNumber,
  requireProbabilities,
  requireSameLength,
} from './internal/validate';

/** What each kind of mistake costs; correct decisions cost nothing. */
export interface DecisionCosts {
  falsePositive: number;
  falseNegative: number;
}

export interface ConfusionCounts {
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
}

function requireCosts(metric: string, costs: DecisionCosts): void {
  requireNonNegativeNumber(metric, 'costs.falsePositive', costs.falsePositive);
  requireNonNegativeNumber(metric, 'costs.falseNegative', costs.falseNegative);
  if (costs.falsePositive + costs.falseNegative === 0) {
    throw new MetricInputError(
      metric,
      'costs',
      'must give at least one kind of mistake a positive cost',
    );
  }
}

/** Counts of the four outcomes of 0/1 decisions against 0/1 labels. */
export function confusionCounts(
  decisions: ArrayLike<number>,
  labels: ArrayLike<number>,
): ConfusionCounts {
  const metric = 'confusionCounts';
  requireSameLength(metric, 'labels', labels, 'decisions', decisions);
  requireBinary(metric, 'decisions', decisions);
  requireBinary(metric, 'labels', labels);
  const counts = { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
  for (let i = 0; i < decisions.length; i++) {
    if (decisions[i] === 1) {
      if (labels[i] === 1) counts.truePositives++;
      else counts.falsePositives++;
    } else if (labels[i] === 1) counts.falseNegatives++;
    else counts.trueNegatives++;
  }
  return counts;
}

/**
 * Mean cost per example of 0/1 decisions: (c_FP * false positives + c_FN * false negatives) / n.
 * The yardstick of the misaligned-by-design scenario, where the same costs are either baked
 * into the loss or applied afterwards through a threshold.
 */
export function expectedCost(
  decisions: ArrayLike<number>,
  labels: ArrayLike<number>,
  costs: DecisionCosts,
): number {
  const metric = 'expectedCost';
  requireCosts(metric, costs);
  requireNonEmpty(metric, 'decisions', decisions);
  const counts = confusionCounts(decisions, labels);
  return (
    (costs.falsePositive * counts.falsePositives + costs.falseNegative * counts.falseNegatives) /
    decisions.length
  );
}

/**
 * Mean cost per example of deciding "positive" when the predicted probability is at least
 * `threshold`. The default threshold c_FP / (c_FP + c_FN) is the Bayes-optimal one for
 * calibrated probabilities: predict positive when p * c_FN >= (1 - p) * c_FP.
 */
export function expectedCostAtThreshold(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  costs: DecisionCosts,
  threshold?: number,
): number {
  const metric = 'expectedCostAtThreshold';
  requireCosts(metric, costs);
  const cut = threshold ?? costs.falsePositive / (costs.falsePositive + costs.falseNegative);
  if (!(cut >= 0 && cut <= 1)) {
    throw new MetricInputError(metric, 'threshold', `must lie in [0, 1], got ${cut}`);
  }
  requireNonEmpty(metric, 'probabilities', probabilities);
  requireSameLength(metric, 'labels', labels, 'probabilities', probabilities);
  requireProbabilities(metric, 'probabilities', probabilities);
  requireBinary(metric, 'labels', labels);
  let cost = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const positive = probabilities[i]! >= cut;
    if (positive && labels[i] === 0) cost += costs.falsePositive;
    else if (!positive && labels[i] === 1) cost += costs.falseNegative;
  }
  return cost / probabilities.length;
}

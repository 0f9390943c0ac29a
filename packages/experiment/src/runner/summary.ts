import type { ExperimentKind } from '../spec/experiment-schema';
import type { RoundRecord } from './run-result';

/**
 * Metrics whose average over rounds is the meaningful figure (what users got over the whole
 * run), reported as `<metric>Avg` beside the final round's value. Everything else is
 * summarised by its final value only: the state the loop ended in (supply, concentration,
 * homogenization so far) or, offline, the model after its last epoch.
 */
export const averagedMetrics: Record<ExperimentKind, readonly string[]> = {
  'feedback-loop': [
    'ctr',
    'meanWelfare',
    'regret',
    'relativeUtility',
    'utilityNormalised',
    'watchTime',
    'clickbaitShareExposure',
    'meanQualityExposure',
    'misinformationExposure',
    'polarizingExposure',
    'meanDurationExposed',
    'meanRelevanceExposed',
    'activeUsers',
    'relevanceAucPerUser',
    'ndcgAt10',
    'examinedClickAuc',
    'intraListDiversity',
    'coverage',
    'purchaseRate',
  ],
  'offline-classification': [],
};

/**
 * Final-round value of every metric, `<metric>Avg` for the averaged ones (NaN rounds left
 * out), and for the training loss its first value and change (`trainLossFirst`,
 * `trainLossChange` = last - first: negative when the proxy loss fell), likewise for
 * `trainLossVsConstant` (the loss beyond a constant-CTR predictor's). Start-up rounds
 * (`startup` = 1: random slates every arm of a seed shares, not the arm's own policy) are left
 * out of every average and of `trainLossFirst`: they say nothing about the arm's policy.
 */
export function summariseRounds(
  rounds: readonly RoundRecord[],
  kind: ExperimentKind,
): Record<string, number> {
  const summary: Record<string, number> = {};
  const last = rounds[rounds.length - 1];
  if (last === undefined) return summary;
  Object.assign(summary, last.metrics);
  const own = rounds.filter((r) => r.metrics.startup !== 1);
  // The probe's extra depths (spec.probe) are named by their k: ndcgAt50, recallAt1, ...
  const probeDepths = Object.keys(last.metrics).filter((m) => /^(ndcg|recall)At\d+$/.test(m));
  for (const metric of new Set([...averagedMetrics[kind], ...probeDepths])) {
    if (metric in last.metrics)
      summary[`${metric}Avg`] = meanIgnoringNaN(own.map((r) => r.metrics[metric]));
  }
  for (const loss of ['trainLoss', 'trainLossVsConstant']) {
    const first = own.find((r) => Number.isFinite(r.metrics[loss]))?.metrics[loss];
    if (first !== undefined) {
      summary[`${loss}First`] = first;
      summary[`${loss}Change`] = (last.metrics[loss] ?? Number.NaN) - first;
    }
  }
  return summary;
}

function meanIgnoringNaN(values: readonly (number | undefined)[]): number {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value !== undefined && Number.isFinite(value)) {
      sum += value;
      count++;
    }
  }
  return count > 0 ? sum / count : Number.NaN;
}

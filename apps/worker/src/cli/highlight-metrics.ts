import type { ExperimentSpec } from '@goodhart/experiment';

const feedbackLoopMetrics = [
  'trainLoss',
  'ctr',
  'meanWelfare',
  'meanWelfareAvg',
  'regretAvg',
  'clickbaitShareExposure',
  'homogenization',
];

const offlineMetrics = ['trainLoss', 'heldOutExpectedCost', 'logLoss', 'brier', 'ece', 'probeAuc'];

/** The summary metrics the table shows: the spec's own list, else a default for its kind. */
export function highlightMetrics(spec: ExperimentSpec): string[] {
  if (spec.highlight && spec.highlight.length > 0) return spec.highlight;
  return spec.kind === 'offline-classification' ? offlineMetrics : feedbackLoopMetrics;
}

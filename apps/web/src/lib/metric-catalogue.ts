/**
 * Where each metric belongs and what it measures, in one line, for the metric pickers. A name
 * not listed here (a new metric, an offline task's) still shows, under "other", without a
 * definition; round-averaged and first/change summaries (`ctrAvg`, `trainLossChange`) take
 * their base metric's group and say what they add.
 */
export const metricGroups = [
  'welfare',
  'engagement',
  'diversity',
  'calibration',
  'creators',
  'society',
  'learnability',
  'other',
] as const;

export type MetricGroup = (typeof metricGroups)[number];

interface MetricInfo {
  group: MetricGroup;
  definition: string;
}

const catalogue: Record<string, MetricInfo> = {
  meanWelfare: { group: 'welfare', definition: 'mean true utility of what users were shown' },
  regret: { group: 'welfare', definition: 'mean utility an oracle slate would have added' },
  relativeUtility: { group: 'welfare', definition: 'total utility over the oracle’s (1 = ideal)' },
  utilityNormalised: { group: 'welfare', definition: 'utility rescaled between random and oracle' },
  meanRelevanceExposed: { group: 'welfare', definition: 'mean true relevance of shown items' },
  retention: { group: 'welfare', definition: 'active users now over active users at the start' },
  activeUsers: { group: 'welfare', definition: 'users still returning this round' },
  ctr: { group: 'engagement', definition: 'clicks per impression (the proxy)' },
  watchTime: { group: 'engagement', definition: 'mean watch time per impression' },
  meanDurationExposed: { group: 'engagement', definition: 'mean duration of shown items' },
  purchaseRate: { group: 'engagement', definition: 'purchases per impression (rare, mostly luck)' },
  intraListDiversity: { group: 'diversity', definition: 'mean pairwise distance within a slate' },
  coverage: { group: 'diversity', definition: 'share of the catalogue shown at least once' },
  exposureGini: { group: 'diversity', definition: 'inequality of impressions over items (0 even)' },
  homogenization: {
    group: 'diversity',
    definition: 'mean Jaccard overlap of users’ consumed sets',
  },
  homogenizationSimilarPairs: {
    group: 'diversity',
    definition: 'Jaccard overlap of each user with their most similar user',
  },
  exposureAmplification: {
    group: 'diversity',
    definition: 'how much exposure concentrates beyond true popularity',
  },
  rankAutocorrelation: {
    group: 'diversity',
    definition: 'how alike consecutive rounds’ rankings are',
  },
  ece: {
    group: 'calibration',
    definition: 'expected calibration error: mean |predicted − observed|',
  },
  brier: { group: 'calibration', definition: 'mean squared error of predicted click probability' },
  examinationCurveError: {
    group: 'calibration',
    definition: 'error of the estimated position-examination curve',
  },
  clickbaitShareSupply: { group: 'creators', definition: 'share of the supply that is clickbait' },
  meanQualitySupply: { group: 'creators', definition: 'mean quality creators offer' },
  clickbaitShareExposure: { group: 'creators', definition: 'share of impressions on clickbait' },
  meanQualityExposure: { group: 'creators', definition: 'mean quality of what was shown' },
  creatorGini: { group: 'creators', definition: 'inequality of impressions over creators' },
  creatorHhi: { group: 'creators', definition: 'concentration of impressions (Σ shares²)' },
  polarization: { group: 'society', definition: 'variance of users’ opinions (split)' },
  opinionExtremity: { group: 'society', definition: 'mean |opinion| (extreme)' },
  misinformationExposure: { group: 'society', definition: 'share of impressions on flagged items' },
  polarizingExposure: { group: 'society', definition: 'mean |polarity| of what was shown' },
  relevanceAucPerUser: {
    group: 'learnability',
    definition: 'per-user AUC of served score vs true relevance (bar 0.6)',
  },
  ndcgAt10: { group: 'learnability', definition: 'nDCG@10 of served score vs true relevance' },
  markerRankLift: {
    group: 'learnability',
    definition: 'rank lift of marked items above their relevance (a learnt shortcut; 0 none)',
  },
  examinedClickAuc: {
    group: 'learnability',
    definition: 'AUC of predicted clicks on examined items',
  },
  trainLoss: { group: 'learnability', definition: 'the model’s training loss this round' },
  trainLossVsConstant: {
    group: 'learnability',
    definition: 'training loss over a constant predictor’s (< 1: learns)',
  },
  startup: { group: 'learnability', definition: '1 while the shared random start-up slates run' },
  auc: { group: 'learnability', definition: 'held-out ROC AUC of the classifier (bar 0.6)' },
};

const suffixes: readonly [string, string][] = [
  ['Avg', 'averaged over rounds'],
  ['First', 'at the first round'],
  ['Change', 'change from first to last round'],
];

/** The metric's group and one-line definition; unknown names are "other", undefined. */
export function metricInfo(name: string): { group: MetricGroup; definition?: string } {
  const known = catalogue[name];
  if (known) return known;
  for (const [suffix, what] of suffixes) {
    const base = catalogue[name.slice(0, -suffix.length)];
    if (name.endsWith(suffix) && base) {
      return { group: base.group, definition: `${base.definition}, ${what}` };
    }
  }
  return { group: 'other' };
}

/** Names in catalogue group order, each group keeping the given order; empty groups dropped. */
export function groupMetrics(
  names: readonly string[],
): { group: MetricGroup; metrics: string[] }[] {
  return metricGroups
    .map((group) => ({ group, metrics: names.filter((n) => metricInfo(n).group === group) }))
    .filter((g) => g.metrics.length > 0);
}

/** Names whose name, group or definition contains every word of the query, ignoring case. */
export function searchMetrics(names: readonly string[], query: string): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...names];
  return names.filter((name) => {
    const info = metricInfo(name);
    const text = `${name} ${info.group} ${info.definition ?? ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

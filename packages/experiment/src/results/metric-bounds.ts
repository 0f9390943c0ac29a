/** The range a metric cannot leave, whatever the world or the model. */
export interface Bounds {
  lower: number;
  upper: number;
}

const unit: Bounds = { lower: 0, upper: 1 };

/**
 * Metrics whose every value lies in a fixed range by construction: shares, rates, AUCs, Gini
 * and Herfindahl indices, Jaccard overlaps, calibration errors of probabilities (in [0, 1]),
 * and a rank correlation (in [−1, 1]). Metrics with a scale set by the world (welfare, watch
 * time, user counts, losses) are not listed: they have no bound to respect.
 */
const bounded: Record<string, Bounds> = {
  ctr: unit,
  retention: unit,
  coverage: unit,
  exposureGini: unit,
  creatorGini: unit,
  creatorHhi: unit,
  homogenization: unit,
  homogenizationSimilarPairs: unit,
  clickbaitShareSupply: unit,
  clickbaitShareExposure: unit,
  misinformationExposure: unit,
  relevanceAucPerUser: unit,
  ndcgAt10: unit,
  examinedClickAuc: unit,
  auc: unit,
  ece: unit,
  brier: unit,
  startup: unit,
  purchaseRate: unit,
  rankAutocorrelation: { lower: -1, upper: 1 },
  // A difference of two percentile ranks, averaged (metrics' featureRankLift).
  markerRankLift: { lower: -1, upper: 1 },
};

/**
 * A metric's bounds, or undefined when it has none. A round average or first value (`ctrAvg`,
 * `ctrFirst`) keeps its base metric's; a change from first to last round (`ctrChange`) can be
 * as large as the range, either way.
 */
export function metricBounds(name: string): Bounds | undefined {
  const own = bounded[name];
  if (own) return own;
  for (const suffix of ['Avg', 'First']) {
    if (name.endsWith(suffix)) return bounded[name.slice(0, -suffix.length)];
  }
  if (name.endsWith('Change')) {
    const base = bounded[name.slice(0, -'Change'.length)];
    if (base) {
      const span = base.upper - base.lower;
      return { lower: -span, upper: span };
    }
  }
  return undefined;
}

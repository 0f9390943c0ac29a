import {
  brierScore,
  catalogueCoverage,
  clickbaitShare,
  clickThroughRate,
  consumedSetsFromLog,
  creatorConcentration,
  expectedCalibrationError,
  exposureCounts,
  exposureGini,
  homogenization,
  intraListDiversity,
  meanOverShown,
  meanQuality,
  meanRelevance,
  meanUtility,
  misinformationExposure,
  polarization,
  polarizingExposure,
  regret,
  totalWatchTime,
  utilityNormalised,
  utilityRelativeToOracle,
} from '@goodhart/metrics';
import type { StepResult } from '@goodhart/sim';
import type { ConsumptionHistory } from './consumption';
import type { RelevanceProbeResult } from './relevance-probe';

/** What one round produced, gathered by the loop for the metrics. */
export interface RoundInputs {
  step: StepResult;
  slates: Int32Array;
  slateSize: number;
  /** Topic vectors of the catalogue the slates were drawn from (numItems * topicDim). */
  topics: Float32Array;
  topicDim: number;
  /**
   * The model's click head at each slate slot (active users × slateSize, as `slates`; absent
   * when it has none): all that the calibration reads of its scores.
   */
  slateClickScores: Float32Array | undefined;
  /** Whether those scores are probabilities, so their calibration means something. */
  clickScoresAreProbabilities: boolean;
  /** What the relevance probe measured before the round (see RelevanceProbe). */
  learnt: RelevanceProbeResult;
  /** Expected slate welfare per active user: the policy's slates and the oracle's. */
  policyUtility: Float32Array;
  oracleUtility: Float32Array;
  /** Expected welfare of a uniformly random slate for the same users (the 0 of utilityNormalised). */
  randomUtility: Float32Array;
  /** Mean Jaccard of each user and its most similar user by true preferences (SimilarPairs). */
  homogenizationSimilarPairs: number;
  trainLoss: number;
  /** The refit's click-head BCE minus that of predicting the refit rows' own CTR (NaN if n/a). */
  trainLossVsConstant: number;
  consumption: ConsumptionHistory;
  firstRoundActiveUsers: number;
  /** Whether the round was a start-up round (uniformly random slates, not the arm's own). */
  startup: boolean;
}

/** A round's metrics by name; the supply's two, which the run also keeps apart, always there. */
export type RoundMetrics = Record<string, number> & {
  meanQualitySupply: number;
  clickbaitShareSupply: number;
};

/** Every per-round metric, flat; NaN where a round has nothing to measure (no one came). */
export function roundMetrics(inputs: RoundInputs): RoundMetrics {
  const { log, outcome } = inputs.step;
  const active = outcome.activeUsers.length;
  const opinions = polarization(outcome.users.opinion);
  const metrics: RoundMetrics = {
    startup: inputs.startup ? 1 : 0,
    trainLoss: inputs.trainLoss,
    trainLossVsConstant: inputs.trainLossVsConstant,
    relevanceAucPerUser: inputs.learnt.relevanceAucPerUser,
    ndcgAt10: inputs.learnt.ndcgAt10,
    examinedClickAuc: inputs.learnt.examinedClickAuc,
    ...inputs.learnt.atDepths,
    activeUsers: active,
    retention:
      inputs.firstRoundActiveUsers > 0 ? active / inputs.firstRoundActiveUsers : Number.NaN,
    polarization: opinions.variance,
    opinionExtremity: opinions.meanAbsolute,
    clickbaitShareSupply: clickbaitShare(outcome.items.clickbait),
    meanQualitySupply: meanQuality(outcome.items.quality),
  };
  const history = inputs.consumption.pairs();
  metrics.homogenization =
    outcome.numUsers >= 2 && history.numIdentities > 0
      ? homogenization(
          consumedSetsFromLog(
            history.users,
            history.items,
            outcome.numUsers,
            history.numIdentities,
          ),
        )
      : Number.NaN;
  metrics.homogenizationSimilarPairs = inputs.homogenizationSimilarPairs;
  if (active === 0 || log.length === 0) return withEmptyRound(metrics);

  const exposure = exposureCounts(log.item, outcome.numItems);
  const creators = creatorConcentration(outcome.creators.impressions);
  Object.assign(metrics, {
    ctr: clickThroughRate(log.clicked),
    meanWelfare: meanUtility(outcome.welfare),
    regret: regret(inputs.policyUtility, inputs.oracleUtility),
    relativeUtility: utilityRelativeToOracle(inputs.policyUtility, inputs.oracleUtility),
    utilityNormalised: utilityNormalised(
      inputs.policyUtility,
      inputs.randomUtility,
      inputs.oracleUtility,
    ),
    meanRelevanceExposed: meanRelevance(outcome.relevance),
    watchTime: totalWatchTime(log.watchTime) / active,
    clickbaitShareExposure: clickbaitShare(outcome.items.clickbait, { weights: exposure }),
    meanQualityExposure: meanQuality(outcome.items.quality, exposure),
    creatorGini: creators.gini,
    creatorHhi: creators.hhi,
    coverage: catalogueCoverage(log.item, outcome.numItems),
    exposureGini: exposureGini(exposure),
    intraListDiversity:
      inputs.slateSize >= 2
        ? intraListDiversity(inputs.slates, inputs.topics, inputs.topicDim, inputs.slateSize)
        : Number.NaN,
    meanDurationExposed: meanOverShown(outcome.items.duration, log.item),
    misinformationExposure: misinformationExposure(outcome.items.misinformation, exposure),
    polarizingExposure: polarizingExposure(outcome.items.polarity, exposure),
    ...clickHeadMetrics(inputs),
  });
  return metrics;
}

const perImpressionMetrics = [
  'ctr',
  'meanWelfare',
  'regret',
  'relativeUtility',
  'utilityNormalised',
  'meanRelevanceExposed',
  'watchTime',
  'clickbaitShareExposure',
  'meanQualityExposure',
  'creatorGini',
  'creatorHhi',
  'coverage',
  'exposureGini',
  'intraListDiversity',
  'meanDurationExposed',
  'misinformationExposure',
  'polarizingExposure',
  'ece',
  'brier',
];

function withEmptyRound(metrics: RoundMetrics): RoundMetrics {
  for (const name of perImpressionMetrics) metrics[name] = Number.NaN;
  return metrics;
}

/**
 * The click head's calibration against the round's clicks (ECE, Brier), judged on the shown
 * impressions: the scores it made them with. Relevance recovered is measured apart, on a fixed
 * random set of pairs (RelevanceProbe).
 */
function clickHeadMetrics(inputs: RoundInputs): Record<string, number> {
  const { log, outcome } = inputs.step;
  const scores = inputs.slateClickScores;
  const none = { ece: Number.NaN, brier: Number.NaN };
  if (scores === undefined || !inputs.clickScoresAreProbabilities) return none;
  const k = inputs.slateSize;
  const rowOfUser = new Int32Array(outcome.numUsers).fill(-1);
  outcome.activeUsers.forEach((user, row) => {
    rowOfUser[user] = row;
  });
  const shown = new Float32Array(log.length);
  for (let x = 0; x < log.length; x++)
    shown[x] = scores[rowOfUser[log.user[x]!]! * k + log.position[x]!]!;
  return {
    ece: expectedCalibrationError(shown, log.clicked),
    brier: brierScore(shown, log.clicked),
  };
}

export {
  exposureAmplification,
  exposureAmplificationOfPercentiles,
  rankAutocorrelation,
  rankAutocorrelationOfPercentiles,
  rowPercentiles,
} from './amplification';
export {
  type BinStrategy,
  brierScore,
  type CalibrationOptions,
  expectedCalibrationError,
  type LogLossOptions,
  logLoss,
  type ReliabilityBin,
  reliabilityDiagram,
} from './calibration';
export {
  type ConsumedSets,
  consumedSetSizes,
  consumedSetsFromLists,
  consumedSetsFromLog,
  mergeConsumedSets,
} from './consumed-sets';
export {
  type ClickbaitShareOptions,
  type CreatorConcentration,
  clickbaitShare,
  creatorConcentration,
  meanQuality,
} from './creators';
export {
  type ConfusionCounts,
  confusionCounts,
  type DecisionCosts,
  expectedCost,
  expectedCostAtThreshold,
} from './decision-cost';
export { catalogueCoverage, intraListDiversity } from './diversity';
export {
  clickThroughRate,
  clickThroughRateByPosition,
  meanOverShown,
  meanWatchTime,
  totalClicks,
  totalWatchTime,
} from './engagement';
export { MetricInputError } from './errors';
export {
  exposureCounts,
  exposureEntropy,
  exposureGini,
  groupExposure,
  herfindahlIndex,
  normalizedExposureEntropy,
} from './exposure';
export { type FeatureRankLift, featureRankLift } from './feature-rank-lift';
export {
  homogenization,
  homogenizationOfPairs,
  homogenizationRelativeToIdeal,
  jaccardSimilarity,
  mostSimilarUsers,
} from './homogenization';
export { type NdcgAtK, ndcgAtK } from './ndcg-at-k';
export { type PerUserAuc, perUserAuc } from './per-user-auc';
export { auc } from './ranking';
export { type RecallAtK, recallAtK } from './recall-at-k';
export {
  misinformationExposure,
  type Polarization,
  polarization,
  polarizingExposure,
} from './society';
export {
  type DifferenceInterval,
  type MeanInterval,
  meanWithInterval,
  pairedDifferenceInterval,
  studentTCdf,
  studentTQuantile,
  welchDifferenceInterval,
} from './uncertainty';
export {
  meanRelevance,
  meanUtility,
  regret,
  retentionCurve,
  retentionRate,
  returnRate,
  totalUtility,
  utilityNormalised,
  utilityRelativeToOracle,
} from './welfare';

// The spec schemas and the linear algebra, also entries of their own without TensorFlow.js

// Backend
export {
  type BackendName,
  backendEnvVar,
  backendNames,
  currentBackend,
  initBackend,
} from './backend';
// Decisions
export { combineHeads, type HeadWeights, scoreHeads } from './decisions/combine-heads';
export {
  createDecisionRule,
  type DecisionContext,
  type DecisionRule,
} from './decisions/decision-rule';
export {
  epsilonGreedy,
  type ScorePerturber,
  type SlateExplorer,
  softmaxSample,
} from './decisions/exploration';
export { type MmrOptions, mmrRerank } from './decisions/mmr';
export { ExaminationEstimate, estimateExamination } from './decisions/position-propensity';
export { randTopK } from './decisions/rand-top-k';
export { applyThreshold, thresholdFor, utilityAdjust } from './decisions/threshold';
export { topK } from './decisions/top-k';
export * from './linear-algebra';
// Losses
export { type BceBrierOptions, bceBrier } from './losses/bce-brier';
export { type BinaryCrossEntropyOptions, binaryCrossEntropy } from './losses/binary-cross-entropy';
export { type BinaryRewardOptions, binaryReward } from './losses/binary-reward';
export {
  type BinaryRewardBrierOptions,
  binaryRewardBrier,
} from './losses/binary-reward-brier';
export { type BprOptions, bpr } from './losses/bpr';
export { type BrierOptions, brier } from './losses/brier';
export {
  completionTarget,
  type DurationDebiasedOptions,
  durationDebiasedWatchTime,
  durationQuantileTarget,
} from './losses/duration-debiased-watch-time';
export { type FocalOptions, focal } from './losses/focal';
export { type HuberOptions, huber } from './losses/huber';
export {
  type IpwBinaryCrossEntropyOptions,
  ipwBinaryCrossEntropy,
} from './losses/ipw-binary-cross-entropy';
export { type MeanSquaredErrorOptions, meanSquaredError } from './losses/mean-squared-error';
export { multiObjective, type ObjectiveTerm } from './losses/multi-objective';
export { getLoss } from './losses/registry';
export { type ReinforceSoftmaxOptions, reinforceSoftmax } from './losses/reinforce-softmax';
export { type SampledSoftmaxOptions, sampledSoftmax } from './losses/sampled-softmax';
export type { LossFunction, LossOptions } from './losses/types';
export {
  type WeightedBinaryCrossEntropyOptions,
  weightedBinaryCrossEntropy,
} from './losses/weighted-binary-cross-entropy';
// Models
export { createModel } from './models/create-model';
export { HeadScoreBuffers } from './models/score-buffers';
export {
  type FitOptions,
  type FitResult,
  type HeadName,
  type HeadScores,
  headNames,
  type ItemBatch,
  type ModelContext,
  type ScoringModel,
  type SocialGraphInput,
  type TrainingData,
} from './models/types';
// T-RECS content filtering: NNLS profiles from the Gram matrix, batched top-k
export {
  AttributeScorer,
  GramNnls,
  NnlsContentFilter,
  type NnlsContentFilterOptions,
  type RecommendTimings,
  selectTopK,
} from './nnls-content/index';
export * from './spec';

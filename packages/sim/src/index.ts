export {
  clickProbability,
  examinationProbabilities,
  type ItemTerms,
  itemTerms,
  meanClickUtility,
  trueRelevance,
} from './actors/response-model';
export {
  AttributeEnv,
  type AttributeObservation,
  type AttributeStepResult,
} from './attributes/attribute-env';
export {
  type AttributeWorld,
  type AttributeWorldConfig,
  type AttributeWorldConfigInput,
  attributeWorldConfigSchema,
  createAttributeWorld,
  defaultAttributeWorldConfig,
  resolveAttributeWorldConfig,
} from './attributes/attribute-world';
export { chooseBestShown } from './attributes/choose-best-shown';
export { resolveWorldConfig } from './config/resolve-world-config';
export {
  type AdaptationReward,
  type AdaptationRule,
  defaultWorldConfig,
  type WorldConfig,
  type WorldConfigInput,
} from './config/world-config';
export { WorldConfigError, type WorldConfigIssue } from './config/world-config-error';
export { worldConfigSchema } from './config/world-config-schema';
export { itemFeatureDim } from './env/item-features';
export { RecommendationEnv, type RecommendationEnvOptions } from './env/recommendation-env';
export type { InteractionLog, Observation, RoundOutcome, StepResult } from './env/types';
export { oraclePolicy, rankByTrueUtility } from './oracle';
export { type Policy, randomPolicy, runEpisode } from './policy';
export { preferenceCovarianceGraph, type SocialGraph } from './social/social-graph';
export {
  type ClassificationTask,
  type ClassificationTaskConfig,
  createClassificationTask,
  defaultClassificationTaskConfig,
} from './tasks/classification-task';
export { createWorld } from './world/create-world';
export { normaliseRows } from './world/vectors';
export type { CreatorTable, ItemTable, UserTable, World } from './world/world';

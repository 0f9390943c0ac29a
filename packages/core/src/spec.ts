/**
 * The spec side of core, for validating an experiment without loading TensorFlow.js
 * (`@goodhart/core/spec`): the zod schemas and types of models, heads, losses' names and the
 * decision rule. Nothing here imports a loss function, a model or a backend
 * (tests/no-tensorflow.test.ts checks it).
 */
export {
  type DecisionRuleSpec,
  type DecisionRuleSpecInput,
  decisionRuleSpecSchema,
} from './decisions/decision-rule-spec';
export { type LossFamily, type LossName, lossFamily, lossNames } from './losses/loss-families';
export {
  type HeadLossOptions,
  type HeadSpec,
  type HeadsSpec,
  headSpecSchema,
  headsSpecSchema,
  type ModelKind,
  type ModelSpec,
  type ModelSpecInput,
  modelKinds,
  modelSpecSchema,
  parseModelSpec,
} from './models/spec';

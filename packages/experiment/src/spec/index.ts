/**
 * Experiment specs without TensorFlow.js (`@goodhart/experiment/spec`): the zod schema and
 * types, parsing with issues per field, the limits, the runs a spec expands to and its hash.
 * Nothing here imports the runner or a model (tests/no-tensorflow.test.ts checks it).
 * specHash needs `node:crypto`, so only the server calls it.
 */
export { countRuns, expandRuns, type RunSpec } from '../runs/expand-runs';
export type { SweepValue } from '../runs/sweep-path';
export {
  type ExperimentKind,
  type ExperimentSpec,
  type ExperimentSpecInput,
  experimentKinds,
  experimentSpecSchema,
  type FeedbackLoopSpec,
  type FeedbackLoopSpecInput,
  type OfflineClassificationSpec,
  type OfflineClassificationSpecInput,
} from './experiment-schema';
export { assertWithinLimits, estimateRunCost, limits, type RunCost } from './limits';
export { parseSpec } from './parse-spec';
export { issuesFromZod, SpecError, type SpecIssue } from './spec-error';
export { specHash } from './spec-hash';
export { resolvedWorldSize } from './world-size';

export {
  type Claim,
  type ClaimComparison,
  type ClaimInput,
  type ClaimVerdict,
  claimComparisonSchema,
  claimSchema,
  describeEffect,
  effectSd,
  type GateFigure,
  judgeClaims,
  type LearnabilityGate,
  learnabilityBar,
  learnabilityGateSchema,
  leastSquaresSlope,
  minimumPairedSeeds,
  type PairedComparison,
  type PairedEffect,
  pairedComparisons,
  pairedEffect,
  referenceArm,
  type SeedCountOptions,
  seedsForEffect,
  type Verdict,
  verdictOf,
  verdicts,
} from './claims/index';
export {
  getPreset,
  isPresetName,
  type PresetName,
  presetNames,
  presets,
} from './presets/index';
export { aggregateRounds, type RoundAggregate, type RoundRow } from './results/aggregate-rounds';
export { formatNumber } from './results/format-number';
export type { Interval } from './results/interval';
export { type ParetoPoint, paretoFront } from './results/pareto-front';
export { type GroupSummary, summarise } from './results/summarise';
export {
  type Alignment,
  type CellAlignment,
  renderTable,
} from './results/text-table';
export {
  type ReliabilityBin,
  type RoundRecord,
  RunCancelledError,
  type RunHooks,
  type RunPhase,
  type RunResult,
  type SupplyPoint,
} from './runner/run-result';
export { runRun } from './runner/run-run';
export { averagedMetrics } from './runner/summary';
export { countRuns, expandRuns, type RunSpec } from './runs/expand-runs';
export type { SweepValue } from './runs/sweep-path';
export {
  type ExperimentSpec,
  type ExperimentSpecInput,
  experimentKinds,
  experimentSpecSchema,
  type FeedbackLoopSpec,
  type FeedbackLoopSpecInput,
  type OfflineClassificationSpec,
  type OfflineClassificationSpecInput,
} from './spec/experiment-schema';
export { assertWithinLimits, estimateRunCost, limits, type RunCost } from './spec/limits';
export { parseSpec } from './spec/parse-spec';
export { issuesFromZod, SpecError, type SpecIssue } from './spec/spec-error';
export { specHash } from './spec/spec-hash';
export { resolvedWorldSize } from './spec/world-size';

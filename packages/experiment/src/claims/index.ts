/**
 * Claims as data and their judging: what the API and the dashboard need without loading
 * TensorFlow.js (`@goodhart/experiment/claims`). Nothing here imports the runner or a model.
 */
export {
  type Claim,
  type ClaimComparison,
  type ClaimInput,
  claimComparisonSchema,
  claimSchema,
  type LearnabilityGate,
  learnabilityGateSchema,
  type Verdict,
  verdicts,
} from './claim-schema';
export { referenceArm } from './grid-points';
export { judgeClaims } from './judge-claims';
export { learnabilityBar } from './learnability-bar';
export { leastSquaresSlope } from './least-squares-slope';
export { pairedComparisons } from './paired-comparisons';
export { pairedEffect } from './paired-effect';
export { effectSd, type SeedCountOptions, seedsForEffect } from './seed-count';
export { describeEffect, minimumPairedSeeds, verdictOf } from './verdict-rule';
export type { ClaimVerdict, GateFigure, PairedComparison, PairedEffect } from './verdict-types';

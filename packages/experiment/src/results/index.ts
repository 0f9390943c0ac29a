/**
 * Summaries of finished runs without TensorFlow.js (`@goodhart/experiment/results`): means and
 * intervals across seeds per group and per round, paired comparisons against the reference
 * arm, the Pareto front, and the number and table formats of the command line. The API and the
 * dashboard use these rather than copies (tests/no-tensorflow.test.ts checks the imports).
 */

export { referenceArm } from '../claims/grid-points';
export { pairedComparisons } from '../claims/paired-comparisons';
export { pairedEffect } from '../claims/paired-effect';
export type { PairedComparison, PairedEffect } from '../claims/verdict-types';
export type {
  ReliabilityBin,
  RoundRecord,
  RunResult,
  SupplyPoint,
} from '../runner/run-result';
export { aggregateRounds, type RoundAggregate, type RoundRow } from './aggregate-rounds';
export { formatNumber } from './format-number';
export { boundedInterval, type Interval, intervalOf } from './interval';
export { type Bounds, metricBounds } from './metric-bounds';
export { type ParetoPoint, paretoFront } from './pareto-front';
export { type GroupSummary, type SummarisedRun, summarise } from './summarise';
export { type Alignment, type CellAlignment, renderTable } from './text-table';

export type { ClaimedRun, ClaimState, RoundInput, RunOutcome, StoredRunResult } from './claims';
export { runLogBounds } from './internal/log-bounds';
export {
  defaultStoreFile,
  type OpenStoreOptions,
  openStore,
  storeOptionsFromEnv,
} from './open-store';
export { PostgresStore, type PostgresStoreOptions } from './postgres/postgres-store';
export {
  type CancelResult,
  defaultMaxAttempts,
  type ExperimentRecord,
  type ExperimentStatus,
  type ExperimentSummary,
  type ListOptions,
  type Metrics,
  maxLostAttempts,
  type NewExperiment,
  type NewRun,
  type ResumeResult,
  type RoundMetricsRow,
  type RunChanges,
  type RunLog,
  type RunParams,
  type RunStatus,
  type RunSummary,
  runChangesCursor,
  runStatuses,
  type SubmitResult,
  type WorkerPresence,
  type WorkerRecord,
} from './records';
export { SqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store';
export type { Store } from './store';
export { StoreReadOnlyError } from './store-errors';
export { isTransientStoreError } from './transient-error';

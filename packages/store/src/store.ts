import type { ClaimedRun, ClaimState, RoundInput, RunOutcome, StoredRunResult } from './claims';
import type {
  CancelResult,
  ExperimentRecord,
  ExperimentSummary,
  ListOptions,
  NewExperiment,
  ResumeResult,
  RoundMetricsRow,
  RunChanges,
  RunLog,
  RunSummary,
  SubmitResult,
  WorkerPresence,
  WorkerRecord,
} from './records';

/**
 * Experiments, their runs, per-round metrics and logs, and the queue that hands runs to
 * workers. One contract, two implementations (SQLite, PostgreSQL), one test suite for both
 * (contract.ts).
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** How often a worker should heartbeat a held run so it is not presumed lost. */
  readonly heartbeatIntervalMs: number;
  /** How long a held run may go unheard before its worker is presumed lost (4 heartbeats). */
  readonly leaseMs: number;
  /** Set when the store can only be read: why (every write throws StoreReadOnlyError). */
  readonly readOnlyReason?: string;

  /** Stores the experiment and queues its runs; idempotent by experiment id. */
  submitExperiment(input: NewExperiment): Promise<SubmitResult>;
  listExperiments(options?: ListOptions): Promise<ExperimentSummary[]>;
  getExperiment(id: string): Promise<ExperimentRecord | null>;
  listRuns(experimentId: string): Promise<RunSummary[]>;
  /**
   * The runs changed since `since` (a cursor from an earlier call; every run when absent or
   * not one of this store's), every running run, the rounds finished over all runs, and the
   * cursor for the next call. No change is missed, whatever order writers commit in.
   */
  listRunChanges(experimentId: string, since?: string): Promise<RunChanges>;
  /** Every stored round of every run of the experiment, by run then round. */
  listRoundMetrics(experimentId: string): Promise<RoundMetricsRow[]>;
  /** Backend, summary and details of the experiment's succeeded runs. */
  listRunResults(experimentId: string): Promise<StoredRunResult[]>;
  /** Null when there is no such experiment. */
  cancelExperiment(id: string): Promise<CancelResult | null>;
  /**
   * Queues again the cancelled and failed runs of a cancelled or failed experiment, each with its
   * attempts renewed, and lifts the cancel. Null when there is no such experiment. Changes
   * nothing while a run is still running (result.stillRunning > 0): stopping runs settle first.
   */
  resumeExperiment(id: string): Promise<ResumeResult | null>;
  /**
   * Adds a line to the run's log (`detail`: an error's stack, say). The store keeps each run's
   * log within runLogBounds: the newest 500 lines, each cut to a bounded length.
   */
  appendLog(runId: string, level: RunLog['level'], message: string, detail?: string): Promise<void>;
  /** The run's newest `limit` lines (default 200), oldest first. */
  listLogs(runId: string, limit?: number): Promise<RunLog[]>;

  /**
   * Hands the next queued run to `workerId`, or null when none waits. Each run is held by at
   * most one current attempt; a run whose worker stopped heartbeating is handed out again (as
   * a new attempt) until it has used its attempts, then failed.
   */
  claimRun(workerId: string): Promise<ClaimedRun | null>;
  /** Tells the store the attempt is alive; says whether to go on. */
  heartbeat(claim: ClaimedRun): Promise<ClaimState>;
  /** Stores one round's metrics (an upsert: a repeated round replaces, never duplicates). */
  recordRound(claim: ClaimedRun, round: RoundInput): Promise<ClaimState>;
  /**
   * Records the attempt's outcome. True when it was recorded; false when the attempt was no
   * longer current (nothing is written then), so a run completes exactly once.
   */
  finishRun(claim: ClaimedRun, outcome: RunOutcome): Promise<boolean>;
  /** Puts a held run back in the queue without using up an attempt (graceful shutdown). */
  releaseRun(claim: ClaimedRun): Promise<void>;

  /** The worker is alive: creates its entry, or refreshes it (every heartbeat interval). */
  workerSeen(worker: WorkerPresence): Promise<void>;
  /** The worker stopped cleanly: its entry goes at once, not a lease later. */
  workerGone(workerId: string): Promise<void>;
  /** The workers heard from within the lease, the longest-running first. */
  listWorkers(): Promise<WorkerRecord[]>;

  close(): Promise<void>;
}

export const runStatuses = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;

/** Where a run is in its life. Only `queued -> running -> (succeeded | failed | cancelled)`, plus
 * `running -> queued` when its worker is lost or released it. */
export type RunStatus = (typeof runStatuses)[number];

/** Derived from the runs (see experimentStatus), never stored, so it cannot drift from them. */
export type ExperimentStatus = RunStatus;

/** A round's metrics as stored: JSON has no NaN or Infinity, so those come back as null. */
export type Metrics = Record<string, number | null>;

export type RunParams = Record<string, number | string | boolean>;

export interface ExperimentSummary {
  id: string;
  name: string;
  /** The preset the spec was submitted from, if any. */
  preset: string | null;
  status: ExperimentStatus;
  /** ISO 8601. */
  createdAt: string;
  cancelled: boolean;
  counts: Record<RunStatus, number>;
  totalRuns: number;
  /** Arm names in the spec's order. */
  arms: string[];
}

export interface ExperimentRecord extends ExperimentSummary {
  /** The parsed spec, as submitted (defaults filled in). */
  spec: unknown;
}

export interface RunSummary {
  /** A uuid derived from (experiment id, key), so the same run always has the same id. */
  id: string;
  experimentId: string;
  key: string;
  /** The key without the seed: runs of one group differ only by seed. */
  group: string;
  arm: string;
  seed: number;
  params: RunParams;
  status: RunStatus;
  /** Attempts started so far (1 after the first claim). */
  attempt: number;
  maxAttempts: number;
  workerId: string | null;
  /** Rounds finished by the current (or last) attempt. */
  currentRound: number;
  totalRounds: number;
  latestMetrics: Metrics | null;
  summary: Metrics | null;
  backend: string | null;
  error: string | null;
  heartbeatAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

/**
 * An experiment's runs that changed since an earlier read (Store.listRunChanges), so a poll of
 * a large experiment carries what moved, not every run.
 */
export interface RunChanges {
  /** Give it back as `since` to get what changes after this read. Opaque; digits, `:` and `,`. */
  cursor: string;
  /** Whether `runs` is every run: no `since` was given, or not one this store can read. */
  complete: boolean;
  /**
   * Every run changed since `since` (all runs when complete), and every running run whatever
   * its change (its liveness moves with the clock), in run order. A run may come again
   * although unchanged; no change is left out.
   */
  runs: RunSummary[];
  /** Rounds finished over all runs (a succeeded run counts all of its rounds), and in all. */
  rounds: { done: number; total: number };
}

/** What a listRunChanges cursor looks like in any store (each store reads only its own). */
export const runChangesCursor = /^[0-9][0-9:,]{0,3999}$/;

export interface RoundMetricsRow {
  runId: string;
  round: number;
  metrics: Metrics;
}

export interface RunLog {
  runId: string;
  at: string;
  level: 'info' | 'warn' | 'error';
  message: string;
  /** More than a line: an error's stack. Null when there is none. */
  detail: string | null;
}

/** A run as submitted: one element of expandRuns(spec), flattened for storage. */
export interface NewRun {
  key: string;
  group: string;
  arm: string;
  seed: number;
  params: RunParams;
  totalRounds: number;
  /** What the worker hands to the runner: the RunSpec, as JSON. */
  runSpec: unknown;
}

export interface NewExperiment {
  id: string;
  name: string;
  preset?: string | null;
  spec: unknown;
  arms: string[];
  runs: NewRun[];
  /** Attempts a run gets before it is failed for good (lost workers count; see README). */
  maxAttempts?: number;
}

export interface SubmitResult {
  experiment: ExperimentSummary;
  /** False when an experiment with this id (the same spec) already existed: nothing was queued. */
  created: boolean;
}

export interface CancelResult {
  experiment: ExperimentSummary;
  /** Queued runs that became cancelled now and will never start. */
  cancelledQueued: number;
  /** Running runs whose worker was silent past the lease (gone): cancelled now, not later. */
  cancelledLapsed: number;
  /** Running runs that will stop at the end of their current round. */
  stoppingRunning: number;
}

export interface ResumeResult {
  experiment: ExperimentSummary;
  /** Cancelled or failed runs queued again now (each with its attempts renewed). */
  requeued: number;
  /**
   * Runs still running (told to stop by a cancel, not yet stopped). While any are, nothing is
   * changed: a run that stops after the resume would be left cancelled in a resumed experiment.
   */
  stillRunning: number;
}

/** The log line of every run a resume queues again. */
export const resumedNote =
  'queued again by a resume of its experiment: attempts renewed; the run starts from round 0 and, being deterministic, recomputes any rounds it had stored identically';

/** Where the last page ended: the createdAt and id of its last (oldest) experiment. */
export interface ListCursor {
  createdAt: string;
  id: string;
}

export interface ListOptions {
  /** At most this many (default 50). */
  limit?: number;
  status?: ExperimentStatus;
  /** Only experiments listed after this one (newest first): the next page. */
  after?: ListCursor;
  /** Only experiments whose name, preset or id contains this text, ignoring case. */
  search?: string;
}

/** `search` as a LIKE pattern: its own %, _ and backslash taken literally (ESCAPE backslash). */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const defaultMaxAttempts = 3;

/**
 * A run whose worker went silent while holding it this many times is failed, not handed out
 * again: a run that kills its worker (out of memory, say) would otherwise kill the next one.
 */
export const maxLostAttempts = 2;

/** The error of a run failed for that reason. */
export function lostTooOftenError(lost: number): string {
  return `its worker stopped heartbeating while running it ${lost} times (killed: out of memory, perhaps; see the worker's log and the per-run memory budget in packages/store/README.md); not retried`;
}

/** What a worker says of itself when it reports in. */
export interface WorkerPresence {
  id: string;
  /** Runs it holds at once, at most. */
  concurrency: number;
}

/** A worker heard from within the store's lease. */
export interface WorkerRecord extends WorkerPresence {
  startedAt: string;
  lastSeenAt: string;
}

/**
 * Why a new attempt starts from round 0 although an earlier one stored rounds: said in the
 * run's log, so nobody takes it for lost work going unnoticed.
 */
export function restartNote(attempt: number, storedRounds: number): string {
  return `attempt ${attempt} starts from round 0, not round ${storedRounds}: a run's state (model weights, the world, its random streams) lives only in the worker that ran it and is not checkpointed; the run is deterministic, so the ${storedRounds} stored round(s) are recomputed identically`;
}

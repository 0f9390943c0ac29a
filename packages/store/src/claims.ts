import type { Metrics, RunParams } from './records';

/**
 * One attempt at one run, held by one worker. Every write a worker makes about the run names
 * its attempt, and the store ignores writes from an attempt that is no longer the current one
 * (its worker was presumed lost and the run handed to another), so a slow or revived worker
 * can never overwrite or double-count the work of its successor.
 */
export interface ClaimedRun {
  runId: string;
  experimentId: string;
  key: string;
  group: string;
  arm: string;
  seed: number;
  params: RunParams;
  totalRounds: number;
  attempt: number;
  workerId: string;
  /** The RunSpec to hand to the runner, as it was stored at submission. */
  runSpec: unknown;
  /** PostgreSQL only: the pg-boss job this attempt came from, to heartbeat and settle it. */
  job?: { id: string; retryCount: number };
}

/**
 * What a worker should do with a run it holds: go on, stop because its experiment was
 * cancelled, or stop because the attempt is no longer current (it was presumed lost).
 */
export type ClaimState = 'active' | 'cancelled' | 'lost';

export interface RoundInput {
  /** The runner's round number. */
  round: number;
  /** Rounds finished after this one, for progress ("round 3 of 20"). */
  completedRounds: number;
  metrics: Record<string, number>;
}

export type RunOutcome =
  | {
      status: 'succeeded';
      backend: string;
      summary: Record<string, number>;
      /** Every round of the winning attempt: the stored rounds are replaced by exactly these. */
      rounds: { round: number; metrics: Record<string, number> }[];
      /** Extra result data kept as is (reliability bins, supply series). */
      details?: unknown;
    }
  | {
      status: 'failed';
      error: string;
      /** The error's stack, kept under the failure's line in the run's log (not in `error`). */
      stack?: string;
    }
  | { status: 'cancelled' };

export interface StoredRunResult {
  runId: string;
  backend: string | null;
  summary: Metrics | null;
  details: unknown;
}

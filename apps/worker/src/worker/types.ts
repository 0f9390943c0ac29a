import type { RoundRecord, RunResult } from '@goodhart/experiment';
import type { ClaimedRun, Store } from '@goodhart/store';

export interface ExecuteHooks {
  /** Called after each round; resolves once the round is stored (and may have aborted `signal`). */
  onRound(record: RoundRecord): Promise<void>;
  /** Aborted to stop the run at the next round boundary (cancelled, lost, or shutting down). */
  signal: AbortSignal;
}

/** Runs one claimed run to its end and returns the runner's result. */
export interface RunExecutor {
  execute(claim: ClaimedRun, hooks: ExecuteHooks): Promise<RunResult>;
  close(): Promise<void>;
}

export type WorkerEvent =
  | { type: 'started'; workerId: string; concurrency: number; store: Store['kind'] }
  | { type: 'claimed'; runId: string; key: string; attempt: number }
  | {
      type: 'finished';
      runId: string;
      key: string;
      outcome: RunEnd;
      seconds: number;
      error?: string;
    }
  | { type: 'error'; message: string }
  | { type: 'stopping' }
  | { type: 'stopped'; report: WorkerReport };

/** How one attempt ended, from this worker's point of view. */
export type RunEnd = 'succeeded' | 'failed' | 'cancelled' | 'released' | 'lost';

export interface WorkerOptions {
  store: Store;
  /** Runs at once. Default: the number of cores (os.availableParallelism()). */
  concurrency?: number;
  /** Names this worker in the store. Default: host, pid and a random suffix. */
  workerId?: string;
  /** Abort to stop: no new claims; held runs stop at their next round and go back to the queue. */
  signal?: AbortSignal;
  /** How long to wait before asking the queue again when it was empty. Default 1000 ms. */
  pollIntervalMs?: number;
  /** Stop once the queue is empty and nothing runs (batch use and tests). Default false. */
  exitWhenIdle?: boolean;
  /** Where runs execute. Default: one worker thread per slot, with the real runner. */
  executor?: RunExecutor;
  onEvent?(event: WorkerEvent): void;
}

export interface WorkerReport {
  workerId: string;
  runs: Record<RunEnd, number>;
}

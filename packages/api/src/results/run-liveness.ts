import type { RunSummary } from '@goodhart/store';

/** Whether a running run's worker is still heard from. */
export interface RunLiveness {
  /** Milliseconds since the run's worker last reported (null unless running). */
  silentForMs: number | null;
  /**
   * Running, but silent for longer than its lease: its worker has most likely stopped. The
   * store hands the run out again, as a new attempt, the next time a worker asks for work.
   */
  stalled: boolean;
}

/** `leaseMs`: how long a held run may go unheard before it is presumed lost. */
export function runLiveness(
  run: Pick<RunSummary, 'status' | 'heartbeatAt'>,
  leaseMs: number,
  now: number,
): RunLiveness {
  if (run.status !== 'running' || run.heartbeatAt === null) {
    return { silentForMs: null, stalled: false };
  }
  const silentForMs = Math.max(0, now - Date.parse(run.heartbeatAt));
  return { silentForMs, stalled: silentForMs > leaseMs };
}

import type { ExperimentStatus, RunStatus } from '../records';

export function emptyCounts(): Record<RunStatus, number> {
  return { queued: 0, running: 0, succeeded: 0, failed: 0, cancelled: 0 };
}

/**
 * An experiment's status from its runs: cancelled once cancelled; else running while any run
 * runs; else queued while any waits; else failed if any failed; else succeeded.
 */
export function experimentStatus(
  counts: Record<RunStatus, number>,
  cancelled: boolean,
): ExperimentStatus {
  if (cancelled) return 'cancelled';
  if (counts.running > 0) return 'running';
  if (counts.queued > 0) return 'queued';
  if (counts.failed > 0) return 'failed';
  if (counts.cancelled > 0) return 'cancelled';
  return 'succeeded';
}

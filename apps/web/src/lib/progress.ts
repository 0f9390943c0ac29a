export type Status = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export function isActive(status: string): boolean {
  return status === 'queued' || status === 'running';
}

/**
 * Whether an experiment's page should keep polling: while it is active, and after a cancel
 * while runs still run (each stops at the end of its current round, seconds to minutes later)
 * or wait, since the status says cancelled from the moment of the cancel.
 */
export function isSettling(experiment: {
  status: string;
  counts: Partial<Record<string, number>>;
}): boolean {
  return (
    isActive(experiment.status) ||
    (experiment.counts.running ?? 0) > 0 ||
    (experiment.counts.queued ?? 0) > 0
  );
}

/** A cancelled or failed experiment with nothing still running: its unfinished runs can run again. */
export function isResumable(experiment: {
  status: string;
  counts: Partial<Record<string, number>>;
}): boolean {
  return (
    (experiment.status === 'cancelled' || experiment.status === 'failed') && !isSettling(experiment)
  );
}

interface RunProgress {
  status: string;
  currentRound: number;
  totalRounds: number;
}

/** Rounds finished over rounds to do, across runs; a succeeded run counts as whole. */
export function roundsFraction(runs: readonly RunProgress[]): number {
  let done = 0;
  let total = 0;
  for (const run of runs) {
    total += run.totalRounds;
    done +=
      run.status === 'succeeded' ? run.totalRounds : Math.min(run.currentRound, run.totalRounds);
  }
  return total === 0 ? 0 : done / total;
}

/**
 * Whether a rounds response holds fewer stored rounds than the runs now report finished: the
 * last runs can finish between two polls, after which the experiment no longer looks active.
 * Nothing held yet counts as zero rounds.
 */
export function hasUnseenRounds(
  held: readonly { rounds: readonly unknown[] }[] | undefined,
  runs: readonly Pick<RunProgress, 'currentRound'>[],
): boolean {
  const seen = (held ?? []).reduce((sum, run) => sum + run.rounds.length, 0);
  const finished = runs.reduce((sum, run) => sum + run.currentRound, 0);
  return seen < finished;
}

/** Finished runs (in any final state) over all runs, from the per-status counts. */
export function runsFraction(counts: Partial<Record<string, number>>, totalRuns: number): number {
  if (totalRuns === 0) return 0;
  const finished = (counts.succeeded ?? 0) + (counts.failed ?? 0) + (counts.cancelled ?? 0);
  return finished / totalRuns;
}

/**
 * An experiment's progress in the list: by rounds from its runs when its details were read in
 * the state the list row shows, else by finished runs from the row's own counts. The two are
 * polled apart, so the row can say "succeeded" a poll before its details catch up; mixing them
 * showed a succeeded experiment at 87% for that moment.
 */
export function listProgress(
  row: { status: string; counts: Partial<Record<string, number>>; totalRuns: number },
  detail: { experiment: { status: string }; runs: readonly RunProgress[] } | undefined,
): number {
  return detail !== undefined && detail.experiment.status === row.status
    ? roundsFraction(detail.runs)
    : runsFraction(row.counts, row.totalRuns);
}

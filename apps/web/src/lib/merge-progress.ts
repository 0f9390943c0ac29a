/** What experiments.get holds that a progress poll updates. */
export interface HeldDetail<E, R extends { id: string }> {
  experiment: E;
  runs: R[];
  cursor: string;
}

/** An experiments.progress answer: every run when `complete`, else the changed and running ones. */
export interface ProgressPoll<E, R extends { id: string }> {
  experiment: E;
  runs: R[];
  cursor: string;
  complete: boolean;
}

/**
 * The held experiment with a poll's news: its counts, its cursor for the next poll, and each
 * run it sent in place of the held one (by id; runs keep their order). A complete poll replaces
 * the runs. An experiment's runs are fixed at submission, so a run the held list lacks cannot
 * come; unchanged runs keep their objects, so what did not change does not redraw.
 */
export function mergeProgress<E, R extends { id: string }, D extends HeldDetail<E, R>>(
  held: D,
  poll: ProgressPoll<E, R>,
): D {
  if (poll.complete) {
    return { ...held, experiment: poll.experiment, runs: poll.runs, cursor: poll.cursor };
  }
  const changed = new Map(poll.runs.map((run) => [run.id, run]));
  return {
    ...held,
    experiment: poll.experiment,
    cursor: poll.cursor,
    runs: held.runs.map((run) => changed.get(run.id) ?? run),
  };
}

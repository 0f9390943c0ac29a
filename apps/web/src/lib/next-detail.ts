import { type HeldDetail, mergeProgress, type ProgressPoll } from './merge-progress';
import { isActive } from './progress';

/** The two reads a live detail is made from: the whole experiment, or what changed since a cursor. */
export interface DetailReads<E, R extends { id: string }, D extends HeldDetail<E, R>> {
  whole(): Promise<D>;
  progress(since: string): Promise<ProgressPoll<E, R>>;
}

/**
 * The next state of a polled experiment: the whole read when nothing is held yet or when the
 * poll finds the experiment finished, else the held state with the poll merged in. A finished
 * experiment's state so always comes from one whole read, never from the last delta: the table
 * and the detail page then show what the store holds even if a poll ever missed a change (a
 * succeeded experiment's row at 43% was seen once in the browser test).
 */
export async function nextDetail<
  E extends { status: string },
  R extends { id: string },
  D extends HeldDetail<E, R>,
>(held: D | undefined, reads: DetailReads<E, R, D>): Promise<D> {
  if (held === undefined) return reads.whole();
  const poll = await reads.progress(held.cursor);
  if (!isActive(poll.experiment.status)) return reads.whole();
  return mergeProgress(held, poll);
}

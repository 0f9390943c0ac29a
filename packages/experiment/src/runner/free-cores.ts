import { availableParallelism, loadavg } from 'node:os';

/**
 * Threads worth starting now: the cores no other work is using, by the one-minute load
 * average (cores − load, rounded, at least 1). Chosen by load rather than by problem size:
 * on a 2-core machine busy with other work, two threads lost to one (each thread's share of a
 * core shrank and their messages waited), so a busy machine gets fewer threads and an idle
 * one every core. `cores` and `load` are for tests.
 */
export function freeCores(
  cores: number = availableParallelism(),
  load: number = loadavg()[0] ?? Number.NaN,
): number {
  const free = Math.round(cores - (Number.isFinite(load) ? Math.max(0, load) : 0));
  return Math.max(1, Math.min(cores, free));
}

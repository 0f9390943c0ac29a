import { randomBytes } from 'node:crypto';
import { availableParallelism, hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { runAttempt } from './run-attempt';
import { ThreadExecutor } from './thread-executor';
import type { RunEnd, WorkerOptions, WorkerReport } from './types';

/**
 * The worker loop: claims runs while it has free slots (up to `concurrency` at once), runs
 * each with runAttempt, and asks the queue again when a slot frees or the poll interval
 * passes. On abort it claims nothing more, lets held runs stop at their next round and go back
 * to the queue, and resolves once they have.
 */
export async function serveRuns(options: WorkerOptions): Promise<WorkerReport> {
  const { store } = options;
  const concurrency = options.concurrency ?? availableParallelism();
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  const workerId = options.workerId ?? defaultWorkerId();
  const signal = options.signal ?? new AbortController().signal;
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  const executor = options.executor ?? new ThreadExecutor();
  const emit = options.onEvent ?? (() => {});
  const runs: Record<RunEnd, number> = {
    succeeded: 0,
    failed: 0,
    cancelled: 0,
    released: 0,
    lost: 0,
  };
  const slots = new Set<Promise<void>>();

  const start = (claim: NonNullable<Awaited<ReturnType<typeof store.claimRun>>>) => {
    emit({ type: 'claimed', runId: claim.runId, key: claim.key, attempt: claim.attempt });
    const began = performance.now();
    const slot = runAttempt(store, executor, claim, signal)
      .then(({ end, error }) => {
        runs[end] += 1;
        const seconds = (performance.now() - began) / 1000;
        emit({
          type: 'finished',
          runId: claim.runId,
          key: claim.key,
          outcome: end,
          seconds,
          error,
        });
      })
      .catch((error: unknown) => {
        // The store could not be reached; the run's lease lapses and another worker retries it.
        runs.lost += 1;
        emit({ type: 'error', message: `run ${claim.key}: ${String(error)}` });
      })
      .finally(() => slots.delete(slot));
    slots.add(slot);
  };

  emit({ type: 'started', workerId, concurrency, store: store.kind });
  // Report in now and every heartbeat, so the dashboard can say whether anyone is working.
  const reportIn = () =>
    store.workerSeen({ id: workerId, concurrency }).catch((error: unknown) => {
      emit({ type: 'error', message: `report in: ${String(error)}` });
    });
  await reportIn();
  const presence = setInterval(reportIn, store.heartbeatIntervalMs);
  try {
    while (!signal.aborted) {
      if (slots.size < concurrency) {
        const claim = await store.claimRun(workerId).catch((error: unknown) => {
          emit({ type: 'error', message: `claim: ${String(error)}` });
          return null;
        });
        if (claim !== null) {
          start(claim);
          continue;
        }
        if (options.exitWhenIdle && slots.size === 0) break;
      }
      await Promise.race([
        sleep(pollIntervalMs, undefined, { signal }).catch(() => undefined),
        ...slots,
      ]);
    }
    if (signal.aborted) emit({ type: 'stopping' });
    await Promise.allSettled([...slots]);
  } finally {
    clearInterval(presence);
    await store.workerGone(workerId).catch(() => undefined);
    if (options.executor === undefined) await executor.close();
  }
  const report = { workerId, runs };
  emit({ type: 'stopped', report });
  return report;
}

function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

import type { RunResult } from '@goodhart/experiment';
import type { ClaimedRun, ClaimState, Store } from '@goodhart/store';
import { describeError, RunLogWriter } from './run-log';
import { withStoreRetry } from './store-retry';
import type { RunEnd, RunExecutor } from './types';

export interface AttemptResult {
  end: RunEnd;
  error?: string;
}

/**
 * One attempt at one claimed run: executes it, stores each round as it finishes, heartbeats
 * on a timer, and stops at the next round when the store says the experiment was cancelled or
 * the attempt was handed to another worker, or when this worker shuts down. A run that throws
 * is recorded as failed with its error; the worker goes on with the next.
 */
export async function runAttempt(
  store: Store,
  executor: RunExecutor,
  claim: ClaimedRun,
  shutdown: AbortSignal,
  retryDelaysMs?: readonly number[],
): Promise<AttemptResult> {
  // A database blip (a restart, a dropped connection) is waited out, not taken as the end of
  // the attempt: the run's rounds so far live only in this worker's memory. The run's log says
  // how long it waited (not why in detail: a log is read by the dashboard's users).
  const retry = async <T>(call: () => Promise<T>, what: string): Promise<T> => {
    let firstFailureAt: number | undefined;
    const value = await withStoreRetry(call, {
      delaysMs: retryDelaysMs,
      onRetry: () => {
        firstFailureAt ??= performance.now();
      },
    });
    if (firstFailureAt !== undefined) {
      const seconds = ((performance.now() - firstFailureAt) / 1000).toFixed(1);
      const message = `storing ${what} waited ${seconds} s for the store to come back; the attempt went on`;
      await log.write('warn', message);
    }
    return value;
  };
  const log = new RunLogWriter(store, claim);
  await log.started();
  const controller = new AbortController();
  let stopReason: 'cancelled' | 'lost' | 'shutdown' | undefined;
  const stop = (reason: typeof stopReason) => {
    stopReason ??= reason;
    controller.abort();
  };
  const follow = (state: ClaimState) => {
    if (state !== 'active') stop(state);
  };
  const onShutdown = () => stop('shutdown');
  shutdown.addEventListener('abort', onShutdown);
  if (shutdown.aborted) stop('shutdown');
  const heartbeat = setInterval(() => {
    store.heartbeat(claim).then(follow, () => undefined);
  }, store.heartbeatIntervalMs);

  let completedRounds = 0;
  let result: RunResult | undefined;
  let failure: unknown;
  try {
    result = await executor.execute(claim, {
      signal: controller.signal,
      onRound: async (record) => {
        completedRounds += 1;
        follow(
          await retry(
            () =>
              store.recordRound(claim, {
                round: record.round,
                completedRounds,
                metrics: record.metrics,
              }),
            `round ${record.round}`,
          ),
        );
        await log.roundStored(record, completedRounds);
      },
    });
  } catch (error) {
    failure = error;
  } finally {
    clearInterval(heartbeat);
    shutdown.removeEventListener('abort', onShutdown);
  }

  if (result !== undefined && stopReason !== 'lost') {
    // Finished every round: that stands even if a cancel arrived after the last one.
    const succeeded = {
      status: 'succeeded' as const,
      backend: result.backend,
      summary: result.summary,
      rounds: result.rounds,
      details: { reliability: result.reliability, supply: result.supply },
    };
    await log.finished(result.backend);
    const recorded = await retry(() => store.finishRun(claim, succeeded), 'the result');
    return { end: recorded ? 'succeeded' : 'lost' };
  }
  await log.stopping(stopReason ?? 'threw', completedRounds);
  switch (stopReason) {
    case 'lost':
      return { end: 'lost' };
    case 'cancelled':
      await retry(() => store.finishRun(claim, { status: 'cancelled' }), 'the cancel');
      return { end: 'cancelled' };
    case 'shutdown':
      await retry(() => store.releaseRun(claim), 'the release');
      return { end: 'released' };
    default: {
      const error = describeError(failure);
      const stack = failure instanceof Error ? failure.stack : undefined;
      const recorded = await retry(
        () => store.finishRun(claim, { status: 'failed', error, stack }),
        'the failure',
      );
      return { end: recorded ? 'failed' : 'lost', error };
    }
  }
}

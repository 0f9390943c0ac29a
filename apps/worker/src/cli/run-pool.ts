import type { RoundRecord, RunResult, RunSpec } from '@goodhart/experiment';
import { runRun } from '@goodhart/experiment';
import type { ClaimedRun } from '@goodhart/store';
import { ThreadExecutor } from '../worker/thread-executor';

export interface PoolHooks {
  /** Stops every run at its next round boundary (each then rejects with an AbortError). */
  signal?: AbortSignal;
  onStart?(index: number, run: RunSpec): void;
  onRound?(index: number, record: RoundRecord): void;
  onFinish?(index: number, run: RunSpec, result: RunResult, seconds: number): void;
}

/** What the pool needs to know about the experiment the runs come from. */
export interface PoolExperiment {
  /** Names the experiment (the spec hash). */
  id: string;
  rounds: number;
}

/**
 * Runs every run, up to `concurrency` at once, and resolves to their results in the order of
 * `runs` (whatever order they finish in). With concurrency above 1 each run executes on one of
 * the worker's reusable run threads (ThreadExecutor), so runs train on separate cores; with 1
 * they run here, one after another. The first failure stops the runs still going and rejects.
 */
export async function runPool(
  runs: readonly RunSpec[],
  experiment: PoolExperiment,
  concurrency: number,
  hooks: PoolHooks = {},
): Promise<RunResult[]> {
  const results: RunResult[] = new Array(runs.length);
  const stop = new AbortController();
  const onOuterAbort = () => stop.abort();
  hooks.signal?.addEventListener('abort', onOuterAbort);
  if (hooks.signal?.aborted) stop.abort();
  const slots = Math.max(1, Math.min(concurrency, runs.length));
  const executor = slots > 1 ? new ThreadExecutor() : undefined;
  let next = 0;
  let failure: { error: unknown } | undefined;

  const execute = (index: number, run: RunSpec): Promise<RunResult> => {
    const onRound = async (record: RoundRecord) => hooks.onRound?.(index, record);
    if (executor === undefined) return runRun(run, { signal: stop.signal, onRound });
    return executor.execute(claimOf(run, experiment), { signal: stop.signal, onRound });
  };

  const lane = async (): Promise<void> => {
    while (failure === undefined) {
      const index = next++;
      const run = runs[index];
      if (run === undefined) return; // every run has been started
      hooks.onStart?.(index, run);
      const began = performance.now();
      let result: RunResult;
      try {
        result = await execute(index, run);
      } catch (error) {
        failure ??= { error };
        stop.abort();
        return;
      }
      results[index] = result;
      hooks.onFinish?.(index, run, result, (performance.now() - began) / 1000);
    }
  };

  try {
    await Promise.all(Array.from({ length: slots }, lane));
  } finally {
    hooks.signal?.removeEventListener('abort', onOuterAbort);
    await executor?.close();
  }
  if (failure !== undefined) throw failure.error;
  return results;
}

/**
 * The command line claims its runs from no queue; ThreadExecutor takes the store's claim, of
 * which it reads the run spec. The other fields describe the run truthfully for its messages.
 */
function claimOf(run: RunSpec, experiment: PoolExperiment): ClaimedRun {
  return {
    runId: run.key,
    experimentId: experiment.id,
    key: run.key,
    group: run.group,
    arm: run.arm,
    seed: run.seed,
    params: run.params,
    totalRounds: experiment.rounds,
    attempt: 1,
    workerId: 'cli',
    runSpec: run,
  };
}

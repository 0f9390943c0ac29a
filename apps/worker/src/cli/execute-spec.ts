import { type ExperimentSpec, expandRuns, freeCores, type RunResult } from '@goodhart/experiment';
import { CliError, type CliIo } from './io';
import { createProgress } from './progress';
import { runPool } from './run-pool';

export interface ExecuteOptions {
  /** Runs at once (default: the number of cores). */
  concurrency?: number;
  quiet: boolean;
}

export interface Execution {
  results: RunResult[];
  /** Runs at once, as used. */
  concurrency: number;
  /** Wall-clock seconds. */
  seconds: number;
  /**
   * CPU seconds of this process, user + system, run threads included (process.cpuUsage is
   * the whole process's): about `seconds` × cores busy.
   */
  cpuSeconds: number;
}

/** Exit code for a run stopped by the user (128 + SIGINT), as shells report it. */
export const cancelledExitCode = 130;

/**
 * Every run of a parsed spec on the pool, with progress on stderr. A cancelled run throws a
 * CliError that says how far it got.
 */
export async function executeSpec(
  spec: ExperimentSpec,
  hash: string,
  options: ExecuteOptions,
  io: CliIo,
  signal?: AbortSignal,
): Promise<Execution> {
  const runs = expandRuns(spec);
  const concurrency = Math.min(options.concurrency ?? freeCores(), runs.length);
  if (!options.quiet) {
    io.err(
      `${spec.name} (${hash}): ${runs.length} runs, ${spec.rounds} rounds each, up to ${concurrency} at once\n`,
    );
  }
  const progress = createProgress(io, runs.length, options.quiet);
  let finished = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  try {
    const results = await runPool(runs, { id: hash, rounds: spec.rounds }, concurrency, {
      signal,
      onStart: (index, run) => progress.startRun(index, run.key),
      onRound: (index, record) => progress.round(index, record.round + 1, spec.rounds),
      onFinish: (index, run, _result, seconds) => {
        finished += 1;
        progress.finishRun(index, run.key, seconds);
      },
    });
    const cpu = process.cpuUsage(cpuBefore);
    return {
      results,
      concurrency,
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    };
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') {
      throw new CliError(`cancelled after ${finished}/${runs.length} runs`, cancelledExitCode);
    }
    throw error;
  } finally {
    progress.done();
  }
}

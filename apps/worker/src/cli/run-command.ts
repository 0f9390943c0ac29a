import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import {
  type ExperimentSpec,
  expandRuns,
  parseSpec,
  type RunResult,
  SpecError,
  specHash,
  summarise,
} from '@goodhart/experiment';
import { assertRunnable } from '@goodhart/store/submission';
import { applyOverrides } from './apply-overrides';
import type { RunOptions } from './args';
import { resultsToCsv } from './csv';
import { highlightMetrics } from './highlight-metrics';
import { type CliIo, exitCodes } from './io';
import { loadSpecDocument } from './load-spec';
import { printSpecIssues } from './print-issues';
import { createProgress } from './progress';
import { runPool } from './run-pool';
import { renderSummaryTable } from './summary-table';

export async function runCommand(
  options: RunOptions,
  io: CliIo,
  signal?: AbortSignal,
): Promise<number> {
  const document = applyOverrides(await loadSpecDocument(options.target, io.cwd), options);
  let spec: ExperimentSpec;
  try {
    spec = parseSpec(document);
    assertRunnable(spec);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    printSpecIssues(io, options.target, error);
    return exitCodes.badInput;
  }

  const hash = specHash(spec);
  const runs = expandRuns(spec);
  const concurrency = options.concurrency ?? availableParallelism();
  if (!options.quiet) {
    io.err(
      `${spec.name} (${hash}): ${runs.length} runs, ${spec.rounds} rounds each, up to ${Math.min(concurrency, runs.length)} at once\n`,
    );
  }
  const progress = createProgress(io, runs.length, options.quiet);
  let results: RunResult[];
  let finished = 0;
  const started = performance.now();
  try {
    results = await runPool(runs, { id: hash, rounds: spec.rounds }, concurrency, {
      signal,
      onStart: (index, run) => progress.startRun(index, run.key),
      onRound: (index, record) => progress.round(index, record.round + 1, spec.rounds),
      onFinish: (index, run, _result, seconds) => {
        finished += 1;
        progress.finishRun(index, run.key, seconds);
      },
    });
  } catch (error) {
    progress.done();
    if (error instanceof Error && error.name === 'AbortError') {
      io.err(`cancelled after ${finished}/${runs.length} runs\n`);
      return 130;
    }
    throw error;
  }
  progress.done();

  const seconds = (performance.now() - started) / 1000;
  const backend = results[0]?.backend ?? 'unknown';
  const summary = summarise(results);
  io.out(
    `${spec.name} (${hash}) — ${runs.length} runs on ${backend}, ${Math.min(concurrency, runs.length)} at once, in ${seconds.toFixed(1)} s\n`,
  );
  if (spec.claim) io.out(`claim:    ${spec.claim}\n`);
  if (spec.expected) io.out(`expected: ${spec.expected}\n`);
  io.out(`\nmean across ${spec.seeds.count} seed(s) [95% interval]\n`);
  io.out(`${renderSummaryTable(summary, highlightMetrics(spec))}\n`);

  if (options.out) {
    const path = resolve(io.cwd, options.out);
    const json = { spec, hash, backend, seconds, runs: results, summary };
    await writeFile(path, `${JSON.stringify(json, null, 2)}\n`);
    if (!options.quiet) io.err(`wrote ${path}\n`);
  }
  if (options.csv) {
    const path = resolve(io.cwd, options.csv);
    await writeFile(path, resultsToCsv(results));
    if (!options.quiet) io.err(`wrote ${path}\n`);
  }
  return exitCodes.ok;
}

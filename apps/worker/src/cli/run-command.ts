import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  assertWithinLimits,
  type ExperimentSpec,
  expandRuns,
  parseSpec,
  RunCancelledError,
  type RunResult,
  runRun,
  SpecError,
  specHash,
  summarise,
} from '@goodhart/experiment';
import { applyOverrides } from './apply-overrides';
import type { RunOptions } from './args';
import { resultsToCsv } from './csv';
import { highlightMetrics } from './highlight-metrics';
import { type CliIo, exitCodes } from './io';
import { loadSpecDocument } from './load-spec';
import { printSpecIssues } from './print-issues';
import { createProgress } from './progress';
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
    assertWithinLimits(spec);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    printSpecIssues(io, options.target, error);
    return exitCodes.badInput;
  }

  const hash = specHash(spec);
  const runs = expandRuns(spec);
  if (!options.quiet) {
    io.err(`${spec.name} (${hash}): ${runs.length} runs, ${spec.rounds} rounds each\n`);
  }
  const progress = createProgress(io, runs.length, options.quiet);
  const results: RunResult[] = [];
  const started = performance.now();
  try {
    for (const [index, run] of runs.entries()) {
      progress.startRun(index, run.key);
      const runStarted = performance.now();
      const result = await runRun(run, {
        signal,
        onRound: (record) => progress.round(record.round + 1, spec.rounds),
      });
      results.push(result);
      progress.finishRun(index, run.key, (performance.now() - runStarted) / 1000);
    }
  } catch (error) {
    progress.done();
    if (error instanceof RunCancelledError) {
      io.err(`cancelled after ${results.length}/${runs.length} runs\n`);
      return 130;
    }
    throw error;
  }
  progress.done();

  const seconds = (performance.now() - started) / 1000;
  const backend = results[0]?.backend ?? 'unknown';
  const summary = summarise(results);
  io.out(`${spec.name} (${hash}) — ${runs.length} runs on ${backend} in ${seconds.toFixed(1)} s\n`);
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

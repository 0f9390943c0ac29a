import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type ExperimentSpec,
  judgeClaims,
  pairedComparisons,
  parseSpec,
  SpecError,
  specHash,
  summarise,
} from '@goodhart/experiment';
import { assertRunnable } from '@goodhart/store/submission';
import { applyOverrides } from './apply-overrides';
import type { RunOptions } from './args';
import { pairedCsvPath, pairedToCsv, resultsToCsv } from './csv';
import { executeSpec } from './execute-spec';
import { highlightMetrics } from './highlight-metrics';
import { type CliIo, exitCodes } from './io';
import { loadSpecDocument } from './load-spec';
import { renderPairedTable } from './paired-table';
import { printSpecIssues } from './print-issues';
import { renderSummaryTable } from './summary-table';
import { renderVerdictTable } from './verdict-table';
import { assertWritable } from './writable';

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

  const outPath = options.out === undefined ? undefined : resolve(io.cwd, options.out);
  const csvPath = options.csv === undefined ? undefined : resolve(io.cwd, options.csv);
  if (outPath) await assertWritable(outPath, '--out');
  if (csvPath) {
    await assertWritable(csvPath, '--csv');
    await assertWritable(pairedCsvPath(csvPath), '--csv');
  }

  const hash = specHash(spec);
  const { results, concurrency, seconds } = await executeSpec(spec, hash, options, io, signal);
  const backend = results[0]?.backend ?? 'unknown';
  const summary = summarise(results);
  const paired = pairedComparisons(spec, results);
  const verdicts = judgeClaims(spec, results);
  const metrics = highlightMetrics(spec);

  io.out(
    `${spec.name} (${hash}) — ${results.length} runs on ${backend}, ${concurrency} at once, in ${seconds.toFixed(1)} s\n`,
  );
  io.out(
    `\neach arm on its own (unpaired spread): mean across ${spec.seeds.count} seed(s) [95% t-interval]\n`,
  );
  io.out(`${renderSummaryTable(summary, metrics)}\n`);
  const [first] = paired;
  if (first !== undefined) {
    io.out(
      `\npaired by seed, arm − ${first.reference}: mean difference [95% interval] and seeds with a difference > 0\n`,
    );
    io.out(`${renderPairedTable(paired, metrics)}\n`);
  }
  if (verdicts.length > 0) {
    io.out('\nclaims\n');
    io.out(`${renderVerdictTable(verdicts)}\n`);
  }

  if (outPath) {
    const json = { spec, hash, backend, seconds, runs: results, summary, paired, verdicts };
    await writeFile(outPath, `${JSON.stringify(json, null, 2)}\n`);
    if (!options.quiet) io.err(`wrote ${outPath}\n`);
  }
  if (csvPath) {
    await writeFile(csvPath, resultsToCsv(results));
    const pairedPath = pairedCsvPath(csvPath);
    await writeFile(pairedPath, pairedToCsv(paired));
    if (!options.quiet) io.err(`wrote ${csvPath} and ${pairedPath}\n`);
  }
  return exitCodes.ok;
}

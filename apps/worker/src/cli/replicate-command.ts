import { writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import {
  assertWithinLimits,
  countRuns,
  type ExperimentSpec,
  judgeClaims,
  parseSpec,
  presetNames,
  SpecError,
  specHash,
} from '@goodhart/experiment';
import { applyOverrides } from './apply-overrides';
import type { ReplicateOptions } from './args';
import { executeSpec } from './execute-spec';
import { type CliIo, exitCodes } from './io';
import { loadSpecDocument } from './load-spec';
import { printSpecIssues } from './print-issues';
import { type Machine, type Replication, replicationMarkdown } from './replication-table';
import { renderVerdictTable } from './verdict-table';
import { assertWritable } from './writable';

/**
 * Runs every preset (or the named presets and spec files) with its own seed count unless
 * --seeds overrides it, judges each one's claims, and prints the replication table; --out
 * writes it as markdown or JSON. Every spec is parsed and the output path checked before the
 * first run, so a typo fails in a second rather than after the runs.
 */
export async function replicateCommand(
  options: ReplicateOptions,
  io: CliIo,
  signal?: AbortSignal,
): Promise<number> {
  const outPath = options.out === undefined ? undefined : resolve(io.cwd, options.out);
  if (outPath) await assertWritable(outPath, '--out');
  const specs = await loadSpecs(
    options.targets.length > 0 ? options.targets : presetNames,
    options,
    io,
  );
  if (specs === undefined) return exitCodes.badInput;

  const replication: Replication = {
    generatedAt: new Date().toISOString(),
    machine: machine(),
    seconds: 0,
    cpuSeconds: 0,
    presets: [],
    rows: [],
  };
  if (!options.quiet) {
    const runs = specs.reduce((total, spec) => total + countRuns(spec), 0);
    io.err(`replicating ${specs.length} preset(s), ${runs} runs\n`);
  }
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const spec of specs) {
    const hash = specHash(spec);
    const execution = await executeSpec(spec, hash, options, io, signal);
    const verdicts = judgeClaims(spec, execution.results);
    replication.presets.push({
      preset: spec.name,
      hash,
      seeds: spec.seeds.count,
      rounds: spec.rounds,
      runs: execution.results.length,
      claims: spec.claims?.length ?? 0,
      seconds: execution.seconds,
      cpuSeconds: execution.cpuSeconds,
    });
    replication.rows.push(...verdicts.map((verdict) => ({ preset: spec.name, hash, ...verdict })));
    io.out(
      `\n${spec.name} (${hash}) — ${spec.seeds.count} seeds, ${execution.results.length} runs, ` +
        `${execution.seconds.toFixed(1)} s wall, ${execution.cpuSeconds.toFixed(1)} s CPU\n`,
    );
    if (verdicts.length === 0) {
      io.out('  declares no claims\n');
      continue;
    }
    io.out(`${renderVerdictTable(verdicts)}\n`);
    for (const claim of spec.claims ?? []) {
      io.out(`  ${claim.id}: ${claim.statement} [${claim.source}]\n`);
    }
  }
  const cpu = process.cpuUsage(cpuBefore);
  replication.seconds = (performance.now() - started) / 1000;
  replication.cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const { machine: where } = replication;
  io.out(
    `\n${replication.rows.length} verdicts from ${specs.length} preset(s) in ` +
      `${replication.seconds.toFixed(1)} s wall, ${replication.cpuSeconds.toFixed(1)} s CPU ` +
      `(${where.cpu}, ${where.cores} cores, Node ${where.node})\n`,
  );

  if (outPath) {
    const text = /\.json$/i.test(outPath)
      ? `${JSON.stringify(replication, null, 2)}\n`
      : replicationMarkdown(replication);
    await writeFile(outPath, text);
    if (!options.quiet) io.err(`wrote ${outPath}\n`);
  }
  return exitCodes.ok;
}

/** Every target parsed with the overrides applied, or undefined after printing what is wrong. */
async function loadSpecs(
  targets: readonly string[],
  options: ReplicateOptions,
  io: CliIo,
): Promise<ExperimentSpec[] | undefined> {
  const specs: ExperimentSpec[] = [];
  let valid = true;
  for (const target of targets) {
    const document = applyOverrides(await loadSpecDocument(target, io.cwd), options);
    try {
      const spec = parseSpec(document);
      assertWithinLimits(spec);
      specs.push(spec);
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      printSpecIssues(io, target, error);
      valid = false;
    }
  }
  return valid ? specs : undefined;
}

function machine(): Machine {
  return {
    cpu: cpus()[0]?.model ?? 'unknown CPU',
    cores: availableParallelism(),
    loadAverage: loadavg(),
    node: process.version,
  };
}

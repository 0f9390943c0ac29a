import { summarise } from '@goodhart/experiment/results';
import type { ExperimentSpec } from '@goodhart/experiment/spec';
import type { ExperimentRecord, RunSummary } from '@goodhart/store';
import { pairedOf, verdictsOf } from './paired-results';
import { finishedResults, metricNamesOf, type RunRounds } from './run-rounds';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string;
}

/** Everything stored about an experiment, as one JSON document. */
export function exportJson(
  experiment: ExperimentRecord,
  runs: readonly RunSummary[],
  rounds: readonly RunRounds[],
): ExportFile {
  const roundsByRun = new Map(rounds.map((run) => [run.runId, run.rounds]));
  const { spec, ...summary } = experiment;
  const succeeded = finishedResults(rounds);
  const document = {
    experiment: summary,
    spec,
    runs: runs.map((run) => ({ ...run, rounds: roundsByRun.get(run.id) ?? [] })),
    summary: summarise(succeeded),
    /** Every arm − the reference arm, paired by seed, and the spec's claims judged. */
    paired: pairedOf(spec as ExperimentSpec, runs),
    verdicts: verdictsOf(spec as ExperimentSpec, runs),
  };
  return {
    filename: `${baseName(experiment)}.json`,
    contentType: 'application/json',
    // NaN summary means become null, as everywhere else in JSON.
    body: `${JSON.stringify(document, null, 2)}\n`,
  };
}

/**
 * One row per run and round: `experiment_id,run_key,arm,seed,<swept params>,round,<metrics>`.
 * Missing or not-a-number values are empty cells.
 */
export function exportCsv(experiment: ExperimentRecord, rounds: readonly RunRounds[]): ExportFile {
  const params = [...new Set(rounds.flatMap((run) => Object.keys(run.params)))];
  const metrics = metricNamesOf(rounds.flatMap((run) => run.rounds.map((r) => r.metrics)));
  const lines = [['experiment_id', 'run_key', 'arm', 'seed', ...params, 'round', ...metrics]];
  for (const run of rounds) {
    for (const record of run.rounds) {
      lines.push([
        experiment.id,
        run.key,
        run.arm,
        String(run.seed),
        ...params.map((path) => cell(run.params[path])),
        String(record.round),
        ...metrics.map((name) => cell(record.metrics[name])),
      ]);
    }
  }
  return {
    filename: `${baseName(experiment)}.csv`,
    contentType: 'text/csv',
    body: `${lines.map((line) => line.map(csvField).join(',')).join('\n')}\n`,
  };
}

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return String(value);
}

/** Quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function baseName(experiment: ExperimentRecord): string {
  const slug = experiment.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'experiment'}-${experiment.id}`;
}

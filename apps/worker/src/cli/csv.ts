import type { PairedComparison, RunResult } from '@goodhart/experiment';

/** One row per run x round: run identity, sweep values, then every metric of the round. */
export function resultsToCsv(results: readonly RunResult[]): string {
  const paramNames = unique(results.flatMap((result) => Object.keys(result.params)));
  const metricNames = unique(
    results.flatMap((result) => result.rounds.flatMap((record) => Object.keys(record.metrics))),
  );
  const header = ['key', 'arm', 'seed', ...paramNames, 'round', ...metricNames];
  const rows = results.flatMap((result) =>
    result.rounds.map((record) => [
      result.key,
      result.arm,
      String(result.seed),
      ...paramNames.map((name) => String(result.params[name] ?? '')),
      String(record.round),
      ...metricNames.map((name) => numberCell(record.metrics[name])),
    ]),
  );
  return toCsv(header, rows);
}

/**
 * The paired differences in long form, one row per arm x grid point x metric, so a
 * spreadsheet filters or pivots them as they are: arm, reference, sweep values, metric, then
 * the mean of arm − reference over seeds, its 95% interval, the seeds counted and how many of
 * them had a difference above 0. A table of its own (written beside the rounds' CSV): rows of
 * a different shape in one file would break sorting and pivoting.
 */
export function pairedToCsv(comparisons: readonly PairedComparison[]): string {
  const paramNames = unique(comparisons.flatMap((comparison) => Object.keys(comparison.params)));
  const header = [
    'arm',
    'reference',
    ...paramNames,
    'metric',
    'mean',
    'lower',
    'upper',
    'n',
    'seedsAboveZero',
  ];
  const rows = comparisons.flatMap((comparison) =>
    Object.entries(comparison.metrics).map(([metric, effect]) => [
      comparison.arm,
      comparison.reference,
      ...paramNames.map((name) => String(comparison.params[name] ?? '')),
      metric,
      numberCell(effect.mean),
      numberCell(effect.lower),
      numberCell(effect.upper),
      String(effect.n),
      String(effect.agreeing),
    ]),
  );
  return toCsv(header, rows);
}

/** Where the paired table goes for a given rounds CSV: `results.csv` → `results.paired.csv`. */
export function pairedCsvPath(path: string): string {
  return /\.csv$/i.test(path) ? path.replace(/\.csv$/i, '.paired.csv') : `${path}.paired.csv`;
}

function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(quoteCell).join(','));
  return `${lines.join('\n')}\n`;
}

function numberCell(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '' : String(value);
}

function quoteCell(cell: string): string {
  return /[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

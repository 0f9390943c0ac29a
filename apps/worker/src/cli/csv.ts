import type { RunResult } from '@goodhart/experiment';

/** One row per run x round: run identity, sweep values, then every metric of the round. */
export function resultsToCsv(results: readonly RunResult[]): string {
  const paramNames = unique(results.flatMap((result) => Object.keys(result.params)));
  const metricNames = unique(
    results.flatMap((result) => result.rounds.flatMap((record) => Object.keys(record.metrics))),
  );
  const header = ['key', 'arm', 'seed', ...paramNames, 'round', ...metricNames];
  const lines = [header.map(quoteCell).join(',')];
  for (const result of results) {
    for (const record of result.rounds) {
      const cells = [
        result.key,
        result.arm,
        String(result.seed),
        ...paramNames.map((name) => String(result.params[name] ?? '')),
        String(record.round),
        ...metricNames.map((name) => numberCell(record.metrics[name])),
      ];
      lines.push(cells.map(quoteCell).join(','));
    }
  }
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

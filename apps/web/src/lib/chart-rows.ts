/** One point of a series: the mean over seeds at x (`round`), its interval, n seeds. */
export interface ChartPoint {
  /** The x value: a round, an epoch, or cumulative impressions (chart-transform's withX). */
  round: number;
  mean: number | null;
  low: number | null;
  high: number | null;
  n?: number;
}

/** What a chart reads of a series (experiments.rounds' bands): its label and points. */
export interface ChartSeries {
  label: string;
  points: readonly ChartPoint[];
}

/**
 * The wide table recharts draws from: one row per round, `m<i>` the mean, `b<i>` the
 * [low, high] band and `n<i>` the seeds of series i. Keys are by index because series labels may contain dots,
 * which recharts would read as a path into the row.
 */
export type ChartRow = { round: number } & Record<string, number | [number, number] | undefined>;

export function toChartRows(series: readonly ChartSeries[]): ChartRow[] {
  const byRound = new Map<number, ChartRow>();
  series.forEach((s, i) => {
    for (const p of s.points) {
      let row = byRound.get(p.round);
      if (!row) {
        row = { round: p.round };
        byRound.set(p.round, row);
      }
      if (isNumber(p.mean)) row[`m${i}`] = p.mean;
      if (isNumber(p.low) && isNumber(p.high)) row[`b${i}`] = [p.low, p.high];
      if (p.n !== undefined) row[`n${i}`] = p.n;
    }
  });
  return [...byRound.values()].sort((a, b) => a.round - b.round);
}

/** True when some series has a band wider than a point, i.e. more than one seed. */
export function hasBands(series: readonly ChartSeries[]): boolean {
  return series.some((s) =>
    s.points.some((p) => isNumber(p.low) && isNumber(p.high) && p.high - p.low > 1e-12),
  );
}

function isNumber(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

/**
 * What a screen reader hears for a chart beyond its title: each series' last value and where
 * it started, e.g. "at round 7: a 0.52 (from 0.50), b 0.49 (from 0.50)".
 */
export function seriesSummary(
  series: readonly ChartSeries[],
  xLabel: string,
  format: (value: number) => string,
): string {
  const parts: string[] = [];
  let lastRound: number | null = null;
  for (const s of series) {
    const points = s.points.filter((p) => isNumber(p.mean));
    const first = points[0];
    const last = points[points.length - 1];
    if (!first || !last) continue;
    lastRound = Math.max(lastRound ?? last.round, last.round);
    parts.push(
      `${s.label} ${format(last.mean as number)}${points.length > 1 ? ` (from ${format(first.mean as number)})` : ''}`,
    );
  }
  return lastRound === null ? 'no values yet' : `at ${xLabel} ${lastRound}: ${parts.join(', ')}`;
}

import { aggregateRounds } from '@goodhart/experiment/results';
import type { RunParams } from '@goodhart/store';
import { finiteOrNull, metricNamesOf, numericMetrics, type RunRounds } from './run-rounds';

export interface GroupRef {
  experimentId: string;
  arm: string;
  params: RunParams;
}

/**
 * One round of one group: the mean over seeds and its 95% interval (null: not a number), and
 * n, the seeds that had a value.
 */
export interface SeriesPoint {
  round: number;
  mean: number | null;
  low: number | null;
  high: number | null;
  n: number;
}

export interface Series {
  label: string;
  group: GroupRef;
  points: SeriesPoint[];
}

export type Bands = Record<string, Series[]>;

/**
 * Per metric, one series per group (arm x sweep point): the line-with-band data of a chart.
 * `metrics` picks and orders the metrics; by default every metric a round recorded.
 */
export function bandsOf(
  experimentId: string,
  runs: readonly RunRounds[],
  label: (group: GroupRef) => string,
  metrics?: readonly string[],
): Bands {
  const rows = runs.flatMap((run) =>
    run.rounds.map((record) => ({
      group: run.group,
      arm: run.arm,
      params: run.params,
      round: record.round,
      metrics: numericMetrics(record.metrics),
    })),
  );
  const names = metrics ?? metricNamesOf(runs.flatMap((run) => run.rounds.map((r) => r.metrics)));
  const bands: Bands = Object.fromEntries(names.map((name) => [name, []]));
  for (const aggregate of aggregateRounds(rows)) {
    const group = { experimentId, arm: aggregate.arm, params: aggregate.params };
    for (const name of names) {
      const band = bands[name];
      if (band === undefined) throw new Error(`bandsOf: metric ${name} has no list of series`);
      band.push({
        label: label(group),
        group,
        points: aggregate.rounds.map(({ round, metrics: intervals }) => {
          const interval = intervals[name];
          return {
            round,
            mean: interval ? finiteOrNull(interval.mean) : null,
            low: interval ? finiteOrNull(interval.lower) : null,
            high: interval ? finiteOrNull(interval.upper) : null,
            n: interval?.n ?? 0,
          };
        }),
      });
    }
  }
  return bands;
}

/** `click-bce`, or `click-bce · world.clickbaitAppeal=2` at a sweep point. */
export function groupLabel(group: GroupRef, prefix?: string): string {
  const params = Object.entries(group.params).map(([path, value]) => `${path}=${value}`);
  return [prefix ? `${prefix} / ${group.arm}` : group.arm, ...params].join(' · ');
}

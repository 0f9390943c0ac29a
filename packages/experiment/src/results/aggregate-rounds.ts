import type { RunResult } from '../runner/run-result';
import { type Interval, intervalOf } from './interval';
import { metricBounds } from './metric-bounds';
import { metricNames } from './summarise';

/** A stored per-round row: which run group it belongs to, the round and its metrics. */
export interface RoundRow {
  /** Runs of one group differ only by seed; defaults to the arm when absent. */
  group?: string;
  arm: string;
  params?: Record<string, number | string | boolean>;
  round: number;
  metrics: Record<string, number>;
}

export interface RoundAggregate {
  group: string;
  arm: string;
  params: Record<string, number | string | boolean>;
  /** Rounds in ascending order; each metric's mean and interval across the group's seeds. */
  rounds: { round: number; metrics: Record<string, Interval> }[];
}

/**
 * Per group (arm x sweep point), per round, per metric: mean and interval across seeds (kept
 * inside the metric's bounds, metricBounds) —
 * the line-with-band data of the dashboard's charts. Accepts whole run results or the flat
 * rows a store keeps.
 */
export function aggregateRounds(
  input: readonly RunResult[] | readonly RoundRow[],
  level = 0.95,
): RoundAggregate[] {
  const rows = toRows(input);
  const groups = new Map<
    string,
    {
      arm: string;
      params: RoundAggregate['params'];
      byRound: Map<number, Record<string, number>[]>;
    }
  >();
  for (const row of rows) {
    const name = row.group ?? `arm=${row.arm}`;
    let group = groups.get(name);
    if (!group) {
      group = { arm: row.arm, params: row.params ?? {}, byRound: new Map() };
      groups.set(name, group);
    }
    const records = group.byRound.get(row.round);
    if (records) records.push(row.metrics);
    else group.byRound.set(row.round, [row.metrics]);
  }
  return [...groups.entries()].map(([name, group]) => ({
    group: name,
    arm: group.arm,
    params: group.params,
    rounds: [...group.byRound.entries()]
      .sort(([a], [b]) => a - b)
      .map(([round, records]) => {
        const metrics: Record<string, Interval> = {};
        for (const metric of metricNames(records)) {
          metrics[metric] = intervalOf(
            records.map((record) => record[metric] ?? Number.NaN),
            level,
            metricBounds(metric),
          );
        }
        return { round, metrics };
      }),
  }));
}

function toRows(input: readonly RunResult[] | readonly RoundRow[]): RoundRow[] {
  const rows: RoundRow[] = [];
  for (const item of input) {
    if ('rounds' in item) {
      for (const record of item.rounds) {
        rows.push({ group: item.group, arm: item.arm, params: item.params, ...record });
      }
    } else {
      rows.push(item);
    }
  }
  return rows;
}

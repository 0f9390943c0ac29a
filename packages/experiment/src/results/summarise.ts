import type { RunResult } from '../runner/run-result';
import { type Interval, intervalOf } from './interval';

/** One arm at one sweep grid point, across its seeds. */
export interface GroupSummary {
  group: string;
  arm: string;
  params: Record<string, number | string | boolean>;
  /** How many runs (seeds) went into it. */
  runs: number;
  /** Each summary metric's mean and 95% interval across seeds. */
  metrics: Record<string, Interval>;
}

/**
 * Per arm (and sweep grid point): each summary metric's mean and 95% interval across seeds.
 * Groups keep the order in which they first appear.
 */
export function summarise(results: readonly RunResult[], level = 0.95): GroupSummary[] {
  const groups = new Map<string, RunResult[]>();
  for (const result of results) {
    const members = groups.get(result.group);
    if (members) members.push(result);
    else groups.set(result.group, [result]);
  }
  return [...groups.values()].map((members) => {
    const [first] = members;
    const names = metricNames(members.map((member) => member.summary));
    const metrics: Record<string, Interval> = {};
    for (const name of names) {
      metrics[name] = intervalOf(
        members.map((member) => member.summary[name] ?? Number.NaN),
        level,
      );
    }
    return {
      group: first.group,
      arm: first.arm,
      params: first.params,
      runs: members.length,
      metrics,
    };
  });
}

/** Metric names in first-seen order across several records. */
export function metricNames(records: readonly Record<string, number>[]): string[] {
  const names = new Set<string>();
  for (const record of records) for (const name of Object.keys(record)) names.add(name);
  return [...names];
}

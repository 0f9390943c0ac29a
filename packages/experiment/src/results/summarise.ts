import { type Interval, intervalOf } from './interval';
import { metricBounds } from './metric-bounds';

/**
 * What summarising reads of a run: a RunResult, or a run as the store lists it, whose summary
 * stays null until it has finished.
 */
export interface SummarisedRun {
  group: string;
  arm: string;
  params: Record<string, number | string | boolean>;
  summary: Readonly<Record<string, number | null>> | null;
}

/** One arm at one sweep grid point, across its seeds. */
export interface GroupSummary {
  group: string;
  arm: string;
  params: Record<string, number | string | boolean>;
  /** How many finished runs (seeds) went into it. */
  runs: number;
  /** Each summary metric's mean and 95% interval across seeds. */
  metrics: Record<string, Interval>;
}

/**
 * Per arm (and sweep grid point): each summary metric's mean and 95% interval across the seeds
 * that have finished (inside the metric's bounds, metricBounds). Groups keep the order in which they first appear, unfinished ones too.
 */
export function summarise(results: readonly SummarisedRun[], level = 0.95): GroupSummary[] {
  const groups = new Map<string, [SummarisedRun, ...SummarisedRun[]]>();
  for (const result of results) {
    const members = groups.get(result.group);
    if (members) members.push(result);
    else groups.set(result.group, [result]);
  }
  return [...groups.values()].map((members) => {
    const [first] = members;
    const finished = members.flatMap((member) => (member.summary === null ? [] : [member.summary]));
    const metrics: Record<string, Interval> = {};
    for (const name of metricNames(finished)) {
      metrics[name] = intervalOf(
        finished.map((summary) => summary[name] ?? Number.NaN),
        level,
        metricBounds(name),
      );
    }
    return {
      group: first.group,
      arm: first.arm,
      params: first.params,
      runs: finished.length,
      metrics,
    };
  });
}

/** Metric names in first-seen order across several records. */
export function metricNames(records: readonly Readonly<Record<string, unknown>>[]): string[] {
  const names = new Set<string>();
  for (const record of records) for (const name of Object.keys(record)) names.add(name);
  return [...names];
}

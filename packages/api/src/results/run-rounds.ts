import type { Metrics, RunParams, RunSummary, Store } from '@goodhart/store';

export interface RunRounds {
  runId: string;
  key: string;
  group: string;
  arm: string;
  seed: number;
  params: RunParams;
  status: RunSummary['status'];
  summary: Metrics | null;
  rounds: { round: number; metrics: Metrics }[];
}

/** Each run of the experiment with its stored rounds, in run order. */
export async function loadRunRounds(store: Store, experimentId: string): Promise<RunRounds[]> {
  const [runs, rows] = await Promise.all([
    store.listRuns(experimentId),
    store.listRoundMetrics(experimentId),
  ]);
  const byRun = new Map<string, RunRounds['rounds']>();
  for (const row of rows) {
    const list = byRun.get(row.runId) ?? [];
    list.push({ round: row.round, metrics: row.metrics });
    byRun.set(row.runId, list);
  }
  return runs.map((run) => ({
    runId: run.id,
    key: run.key,
    group: run.group,
    arm: run.arm,
    seed: run.seed,
    params: run.params,
    status: run.status,
    summary: run.summary,
    rounds: byRun.get(run.id) ?? [],
  }));
}

/** Stored metrics keep "not a number" as null; the maths wants NaN back. */
export function numericMetrics(metrics: Metrics): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(metrics)) out[name] = value ?? Number.NaN;
  return out;
}

/** Metric names in first-seen order. */
export function metricNamesOf(records: Iterable<Metrics>): string[] {
  const names = new Set<string>();
  for (const record of records) for (const name of Object.keys(record)) names.add(name);
  return [...names];
}

/** JSON has no NaN: a number that is not finite travels as null. */
export const finiteOrNull = (value: number): number | null =>
  Number.isFinite(value) ? value : null;

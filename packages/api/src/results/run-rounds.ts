import type { Metrics, RunSummary, Store } from '@goodhart/store';

/** What a stored run needs to become a runner result: RunRounds and the store's RunSummary. */
export type StoredRun = Pick<
  RunSummary,
  'key' | 'group' | 'arm' | 'seed' | 'params' | 'status' | 'summary'
>;

export interface RunRounds extends StoredRun {
  runId: string;
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

/**
 * The succeeded runs as the runner's results (summary only: no rounds, no backend), for the
 * experiment package's functions over results (summarise, pairedComparisons, judgeClaims).
 */
export function finishedResults(runs: readonly StoredRun[]) {
  return runs
    .filter((run) => run.status === 'succeeded' && run.summary !== null)
    .map((run) => ({
      key: run.key,
      group: run.group,
      arm: run.arm,
      seed: run.seed,
      params: run.params,
      backend: '',
      rounds: [],
      summary: numericMetrics(run.summary ?? {}),
    }));
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

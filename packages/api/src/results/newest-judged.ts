import { minimumPairedSeeds } from '@goodhart/experiment/claims';
import type { ExperimentSpec } from '@goodhart/experiment/spec';
import type { ExperimentRecord, ExperimentSummary, RunSummary, Store } from '@goodhart/store';
import { claimsOf } from './paired-results';

/** A page of the store's list; the search narrows by text, the preset is then matched exactly. */
const pageSize = 50;
/** Bounds the scan per preset: the newest judgeable run is nearly always on the first page. */
const maxPages = 20;

/**
 * Whether an experiment's runs can be judged: it has finished (nothing queued or running) with
 * at least minimumPairedSeeds (2) succeeded seeds in every group (arm x sweep point), whether or
 * not some runs failed. Fewer seeds give no paired interval: an experiment that succeeded on one
 * seed would only hide an older verdict behind "too few seeds".
 */
export function isJudgeable(experiment: ExperimentSummary, runs: readonly RunSummary[]): boolean {
  const { counts } = experiment;
  if (counts.queued > 0 || counts.running > 0) return false;
  return fewestSucceededSeeds(runs) >= minimumPairedSeeds;
}

/** The fewest succeeded seeds of any group (arm x sweep point); 0 when there are no runs. */
export function fewestSucceededSeeds(
  runs: readonly Pick<RunSummary, 'group' | 'status'>[],
): number {
  const seeds = new Map<string, number>();
  for (const run of runs) {
    seeds.set(run.group, (seeds.get(run.group) ?? 0) + (run.status === 'succeeded' ? 1 : 0));
  }
  return seeds.size === 0 ? 0 : Math.min(...seeds.values());
}

export interface JudgedExperiment {
  experiment: ExperimentRecord;
  spec: ExperimentSpec;
  runs: RunSummary[];
}

/**
 * The newest experiment submitted from `preset` whose spec declares claims and whose runs can
 * be judged (isJudgeable), with its spec and runs; null when there is none.
 */
export async function newestJudgedExperiment(
  store: Store,
  preset: string,
): Promise<JudgedExperiment | null> {
  let after: { createdAt: string; id: string } | undefined;
  for (let page = 0; page < maxPages; page++) {
    const list = await store.listExperiments({ search: preset, limit: pageSize, after });
    for (const summary of list) {
      if (summary.preset !== preset || summary.counts.succeeded < minimumPairedSeeds) continue;
      if (summary.counts.queued > 0 || summary.counts.running > 0) continue;
      const experiment = await store.getExperiment(summary.id);
      if (experiment === null) continue;
      const spec = experiment.spec as ExperimentSpec;
      if (claimsOf(spec).length === 0) continue;
      const runs = await store.listRuns(summary.id);
      if (isJudgeable(experiment, runs)) return { experiment, spec, runs };
    }
    const last = list.at(-1);
    if (list.length < pageSize || last === undefined) return null;
    after = { createdAt: last.createdAt, id: last.id };
  }
  return null;
}

import type { ExperimentRecord, Store } from '@goodhart/store';
import { notFound } from '../errors';
import { runLiveness } from '../results/run-liveness';

export async function requireExperiment(store: Store, id: string): Promise<ExperimentRecord> {
  const experiment = await store.getExperiment(id);
  if (experiment === null) throw notFound(`experiment ${id}`);
  return experiment;
}

export function withoutSpec(experiment: ExperimentRecord) {
  const { spec: _, ...summary } = experiment;
  return summary;
}

/**
 * The experiment's runs changed since `since` (all of them without it), each with whether its
 * worker is still heard from (runLiveness), and the cursor for the next read.
 */
export async function runChangesWithLiveness(store: Store, experimentId: string, since?: string) {
  const changes = await store.listRunChanges(experimentId, since);
  const now = Date.now();
  return {
    ...changes,
    runs: changes.runs.map((run) => ({ ...run, ...runLiveness(run, store.leaseMs, now) })),
  };
}

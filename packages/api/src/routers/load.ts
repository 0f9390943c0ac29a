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

/** The experiment's runs, each with whether its worker is still heard from (runLiveness). */
export async function runsWithLiveness(store: Store, experimentId: string) {
  const runs = await store.listRuns(experimentId);
  const now = Date.now();
  return runs.map((run) => ({ ...run, ...runLiveness(run, store.leaseMs, now) }));
}

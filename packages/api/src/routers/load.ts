import type { ExperimentRecord, Store } from '@goodhart/store';
import { notFound } from '../errors';

export async function requireExperiment(store: Store, id: string): Promise<ExperimentRecord> {
  const experiment = await store.getExperiment(id);
  if (experiment === null) throw notFound(`experiment ${id}`);
  return experiment;
}

export function withoutSpec(experiment: ExperimentRecord) {
  const { spec: _, ...summary } = experiment;
  return summary;
}

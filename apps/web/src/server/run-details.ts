import type { Store } from '@goodhart/store';
import { z } from 'zod';

/** An experiment id as the API defines it: the spec hash, 16 lower-case hex digits. */
export const experimentIdSchema = z
  .string()
  .regex(/^[0-9a-f]{16}$/, { message: 'an experiment id is 16 lower-case hex digits' });

// What the worker stores beside a succeeded run's summary (RunResult.reliability / .supply).
// Read defensively: a bin written by another version is dropped rather than trusted.
const binSchema = z
  .object({
    lower: z.number(),
    upper: z.number(),
    count: z.number(),
    meanPredicted: z.number(),
    fractionPositive: z.number().optional(),
    observedRate: z.number().optional(),
  })
  .transform((bin) => ({
    lower: bin.lower,
    upper: bin.upper,
    count: bin.count,
    meanPredicted: bin.meanPredicted,
    observed: bin.fractionPositive ?? bin.observedRate ?? Number.NaN,
  }));

const detailsSchema = z.object({ reliability: z.array(binSchema).optional() }).catch({});

export type StoredBin = z.output<typeof binSchema>;

/** The reliability bins in a run's stored details; none when absent or not in the known shape. */
export function reliabilityOf(details: unknown): StoredBin[] {
  const parsed = detailsSchema.parse(details ?? {});
  return (parsed.reliability ?? []).filter((bin) => Number.isFinite(bin.observed));
}

export interface RunDetails {
  runId: string;
  key: string;
  arm: string;
  params: Record<string, number | string | boolean>;
  reliability: StoredBin[];
}

/** Reliability bins of the experiment's succeeded runs; null when there is no such experiment. */
export async function loadRunDetails(store: Store, id: string): Promise<RunDetails[] | null> {
  const experiment = await store.getExperiment(id);
  if (experiment === null) return null;
  const [runs, results] = await Promise.all([store.listRuns(id), store.listRunResults(id)]);
  const byId = new Map(runs.map((run) => [run.id, run]));
  return results.flatMap((result) => {
    const run = byId.get(result.runId);
    if (!run) return [];
    return [
      {
        runId: run.id,
        key: run.key,
        arm: run.arm,
        params: run.params,
        reliability: reliabilityOf(result.details),
      },
    ];
  });
}

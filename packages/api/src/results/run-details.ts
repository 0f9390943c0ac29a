import type { ReliabilityBin } from '@goodhart/experiment/results';
import type { RunParams, Store } from '@goodhart/store';
import { z } from 'zod';

/** A round's creator supply; null where the stored value was not a number. */
export interface SupplyPointOut {
  round: number;
  meanQuality: number | null;
  clickbaitShare: number | null;
}

/** What a succeeded run stored beside its summary (RunResult.reliability and .supply). */
export interface RunDetails {
  runId: string;
  key: string;
  /** The key without the seed: the seeds of one group are pooled. */
  group: string;
  arm: string;
  seed: number;
  params: RunParams;
  /** The final model's reliability diagram (offline runs); empty when the run has none. */
  reliability: ReliabilityBin[];
  /** Supply per round (feedback-loop runs); empty when the run has none. */
  supply: SupplyPointOut[];
}

// The worker writes these as JSON, so NaN arrives as null. A bin is only drawable with every
// number present; a supply point keeps its round and carries null for a missing figure.
const storedBin = z.object({
  lower: z.number(),
  upper: z.number(),
  meanPredicted: z.number(),
  fractionPositive: z.number(),
  count: z.number(),
});

const storedSupplyPoint = z.object({
  round: z.number(),
  meanQuality: z.number().nullable(),
  clickbaitShare: z.number().nullable(),
});

/**
 * The bins and supply points in a run's stored details. Details are written by whichever
 * worker version ran the run, so they are read, not trusted: an entry not in the known shape
 * is dropped (and extra fields are left out) rather than passed on to a chart.
 */
export function parseRunDetails(details: unknown): Pick<RunDetails, 'reliability' | 'supply'> {
  const record = typeof details === 'object' && details !== null ? details : {};
  return {
    reliability: entriesOf(record, 'reliability', storedBin),
    supply: entriesOf(record, 'supply', storedSupplyPoint),
  };
}

function entriesOf<T>(record: object, field: string, schema: z.ZodType<T>): T[] {
  const list: unknown = (record as Record<string, unknown>)[field];
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Each succeeded run's stored details, in run order. */
export async function loadRunDetails(store: Store, experimentId: string): Promise<RunDetails[]> {
  const [runs, results] = await Promise.all([
    store.listRuns(experimentId),
    store.listRunResults(experimentId),
  ]);
  const detailsByRun = new Map(results.map((result) => [result.runId, result.details]));
  return runs.flatMap((run) => {
    if (!detailsByRun.has(run.id)) return [];
    return [
      {
        runId: run.id,
        key: run.key,
        group: run.group,
        arm: run.arm,
        seed: run.seed,
        params: run.params,
        ...parseRunDetails(detailsByRun.get(run.id)),
      },
    ];
  });
}

import type { RunSummary } from '../trpc/types';
import { groupLabel } from './group-label';

/** A reliability bin as runs store it (metrics' ReliabilityBin, via experiments.details). */
export interface StoredBin {
  lower: number;
  upper: number;
  count: number;
  meanPredicted: number;
  fractionPositive: number;
}

export interface RunBins {
  /** The run's group (arm × sweep point): its seeds are pooled. */
  group: string;
  arm: string;
  params: RunSummary['params'];
  reliability: readonly StoredBin[];
}

export interface PooledBin {
  predicted: number;
  observed: number;
  count: number;
}

/**
 * One reliability curve per group (arm x sweep point): the seeds' bins pooled by bin, each
 * mean weighted by how many predictions fell in the bin, which is what one diagram over all
 * the seeds' held-out predictions would show.
 */
export function poolReliability(runs: readonly RunBins[]): { label: string; bins: PooledBin[] }[] {
  const groups = new Map<string, { label: string; bins: Map<number, PooledBin> }>();
  for (const run of runs) {
    if (run.reliability.length === 0) continue;
    let group = groups.get(run.group);
    if (!group) {
      group = { label: groupLabel(run.arm, run.params), bins: new Map() };
      groups.set(run.group, group);
    }
    for (const bin of run.reliability) {
      if (bin.count <= 0) continue;
      const edge = Math.round(bin.lower * 1e6);
      const pooled = group.bins.get(edge) ?? { predicted: 0, observed: 0, count: 0 };
      const total = pooled.count + bin.count;
      pooled.predicted += (bin.meanPredicted - pooled.predicted) * (bin.count / total);
      pooled.observed += (bin.fractionPositive - pooled.observed) * (bin.count / total);
      pooled.count = total;
      group.bins.set(edge, pooled);
    }
  }
  return [...groups.values()].map((group) => ({
    label: group.label,
    bins: [...group.bins.entries()].sort(([a], [b]) => a - b).map(([, bin]) => bin),
  }));
}

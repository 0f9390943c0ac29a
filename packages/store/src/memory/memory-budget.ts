import { availableParallelism, totalmem } from 'node:os';
import { type ExperimentSpec, SpecError } from '@goodhart/experiment/spec';
import { estimateRunMemory, formatBytes } from './run-memory';

/** The share of the machine's memory that runs may take between them by default. */
export const defaultMemoryShare = 0.6;

export interface MemoryBudget {
  /** What one run may take at its peak. */
  bytes: number;
  /** Where the figure came from, for the error that names it. */
  source: string;
}

/**
 * What one run may take at its peak: GOODHART_RUN_MEMORY_MB when set, else 60% of this
 * machine's memory shared among the runs a worker here holds at once
 * (GOODHART_WORKER_CONCURRENCY, default the core count), so a worker's runs together stay
 * clear of the out-of-memory killer with room left for the dashboard and the OS.
 */
export function runMemoryBudget(env: NodeJS.ProcessEnv = process.env): MemoryBudget {
  const raw = env.GOODHART_RUN_MEMORY_MB;
  if (raw !== undefined && raw !== '') {
    const mb = Number(raw);
    if (!(Number.isFinite(mb) && mb > 0)) {
      throw new Error(`GOODHART_RUN_MEMORY_MB must be a positive number, got "${raw}"`);
    }
    return { bytes: mb * 2 ** 20, source: 'GOODHART_RUN_MEMORY_MB' };
  }
  const configured = Number(env.GOODHART_WORKER_CONCURRENCY);
  const concurrency =
    Number.isInteger(configured) && configured > 0 ? configured : availableParallelism();
  return {
    bytes: Math.floor((totalmem() * defaultMemoryShare) / concurrency),
    source: `${defaultMemoryShare * 100}% of this machine's ${formatBytes(totalmem())} over ${concurrency} concurrent run(s); set GOODHART_RUN_MEMORY_MB to change it`,
  };
}

/** Throws SpecError naming the field to shrink and the budget when a run would not fit. */
export function assertWithinMemoryBudget(spec: ExperimentSpec, budget: MemoryBudget): void {
  const estimate = estimateRunMemory(spec);
  if (estimate.bytes <= budget.bytes) return;
  throw new SpecError([
    {
      path: estimate.path,
      message: `one run needs about ${formatBytes(estimate.bytes)} at its peak (${estimate.because}); the per-run memory budget is ${formatBytes(budget.bytes)} (${budget.source})`,
    },
  ]);
}

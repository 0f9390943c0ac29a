import {
  assertWithinLimits,
  countRuns,
  type ExperimentSpec,
  expandRuns,
  limits,
  parseSpec,
  SpecError,
  type SpecIssue,
  specHash,
} from '@goodhart/experiment/spec';
import {
  assertWithinMemoryBudget,
  type MemoryBudget,
  runMemoryBudget,
} from './memory/memory-budget';
import type { NewExperiment } from './records';

export { type MemoryBudget, runMemoryBudget } from './memory/memory-budget';
export { estimateRunMemory, formatBytes, type RunMemoryEstimate } from './memory/run-memory';

export interface SubmissionOptions {
  /** The preset the spec came from, shown in lists. Defaults to the spec's own `preset`. */
  preset?: string | null;
  maxAttempts?: number;
  /** What one run may take at its peak. Default: runMemoryBudget() (the environment's). */
  memoryBudget?: MemoryBudget;
}

/**
 * Throws one SpecError naming every field to shrink when the spec is too large to queue: too
 * many runs or scores in total (assertWithinLimits), or a run whose estimated peak memory is
 * over the per-run budget.
 */
export function assertRunnable(
  spec: ExperimentSpec,
  budget: MemoryBudget = runMemoryBudget(),
): void {
  const issues: SpecIssue[] = [];
  const checks = [() => assertWithinLimits(spec)];
  // Estimating expands the runs: only for a spec whose run count is within the limit.
  if (countRuns(spec) <= limits.maxRuns) checks.push(() => assertWithinMemoryBudget(spec, budget));
  for (const check of checks) {
    try {
      check();
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) throw new SpecError(issues);
}

/**
 * A spec made ready to store: parsed (SpecError naming every wrong field), refused if too
 * large to run (SpecError naming the field to shrink) before anything is queued, and expanded
 * into its runs.
 */
export function prepareSubmission(input: unknown, options: SubmissionOptions = {}): NewExperiment {
  const spec: ExperimentSpec = parseSpec(input);
  assertRunnable(spec, options.memoryBudget);
  const runs = expandRuns(spec);
  return {
    id: specHash(spec),
    name: spec.name,
    preset: options.preset ?? spec.preset ?? null,
    spec,
    arms: spec.arms.map((arm) => arm.name),
    maxAttempts: options.maxAttempts,
    runs: runs.map((run) => ({
      key: run.key,
      group: run.group,
      arm: run.arm,
      seed: run.seed,
      params: run.params,
      totalRounds: run.spec.rounds,
      runSpec: run,
    })),
  };
}

import {
  assertWithinLimits,
  type ExperimentSpec,
  expandRuns,
  parseSpec,
  specHash,
} from '@goodhart/experiment';
import type { NewExperiment } from './records';

export interface SubmissionOptions {
  /** The preset the spec came from, shown in lists. Defaults to the spec's own `preset`. */
  preset?: string | null;
  maxAttempts?: number;
}

/**
 * A spec made ready to store: parsed (SpecError naming every wrong field), refused if too
 * large to run (SpecError naming the field to shrink) before anything is queued, and expanded
 * into its runs.
 */
export function prepareSubmission(input: unknown, options: SubmissionOptions = {}): NewExperiment {
  const spec: ExperimentSpec = parseSpec(input);
  assertWithinLimits(spec);
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

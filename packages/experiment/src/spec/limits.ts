import { countRuns } from '../runs/expand-runs';
import type { ExperimentSpec } from './experiment-schema';
import { SpecError, type SpecIssue } from './spec-error';
import { resolvedWorldSize } from './world-size';

/** What one machine is asked to do at most for one experiment. */
export const limits = {
  maxRuns: 2_000,
  /** user x item scores over all runs and rounds of a feedback-loop experiment */
  maxScoredPairs: 2e11,
  /** example x epoch passes over all runs of an offline experiment */
  maxExamplePasses: 2e10,
} as const;

export interface RunCost {
  runs: number;
  /** feedback-loop: user x item scores (each round scores every user against every item) */
  scoredPairs: number;
  /** offline-classification: training examples x epochs */
  examplePasses: number;
}

export function estimateRunCost(spec: ExperimentSpec): RunCost {
  const runs = countRuns(spec);
  if (spec.kind === 'offline-classification') {
    return { runs, scoredPairs: 0, examplePasses: runs * spec.rounds * spec.task.numTrain };
  }
  const { numUsers, numItems } = resolvedWorldSize(spec.world);
  return { runs, scoredPairs: runs * spec.rounds * numUsers * numItems, examplePasses: 0 };
}

/** Throws SpecError naming the field to shrink when a spec is too large to queue. */
export function assertWithinLimits(spec: ExperimentSpec): void {
  const cost = estimateRunCost(spec);
  const issues: SpecIssue[] = [];
  if (cost.runs > limits.maxRuns) {
    issues.push({
      path: spec.sweep ? 'sweep' : 'seeds.count',
      message: `arms x sweep points x seeds = ${cost.runs} runs; at most ${limits.maxRuns}`,
    });
  }
  if (cost.scoredPairs > limits.maxScoredPairs) {
    issues.push({
      path: 'world',
      message: `about ${cost.scoredPairs.toExponential(1)} user-item scores over all runs; at most ${limits.maxScoredPairs.toExponential(0)} (fewer users, items, rounds, seeds or sweep points)`,
    });
  }
  if (cost.examplePasses > limits.maxExamplePasses) {
    issues.push({
      path: 'task.numTrain',
      message: `about ${cost.examplePasses.toExponential(1)} example passes over all runs; at most ${limits.maxExamplePasses.toExponential(0)} (fewer examples, rounds, seeds or sweep points)`,
    });
  }
  if (issues.length > 0) throw new SpecError(issues);
}

import { metricNames } from '../results/summarise';
import type { RunResult } from '../runner/run-result';
import { type ArmsAndReference, gridPoints, referenceArm, runsBySeed } from './grid-points';
import { pairedEffect } from './paired-effect';
import type { PairedComparison, PairedEffect } from './verdict-types';

/**
 * Every arm against the spec's reference arm (its `reference`, else the first arm) at each
 * sweep grid point, paired by seed: per summary metric the mean per-seed difference
 * arm − reference with its 95% interval, and how many seeds differ by more than 0. Arms keep
 * the spec's order; grid points the order they first appear in `results`.
 */
export function pairedComparisons(
  spec: ArmsAndReference,
  results: readonly RunResult[],
  level = 0.95,
): PairedComparison[] {
  const reference = referenceArm(spec);
  const comparisons: PairedComparison[] = [];
  for (const point of gridPoints(results)) {
    const referenceRuns = runsBySeed(point.results, reference);
    if (referenceRuns.size === 0) continue;
    for (const { name } of spec.arms) {
      if (name === reference) continue;
      const armRuns = runsBySeed(point.results, name);
      const [first] = armRuns.values();
      if (first === undefined) continue;
      const names = metricNames(
        [...armRuns.values(), ...referenceRuns.values()].map((run) => run.summary),
      );
      const metrics: Record<string, PairedEffect> = {};
      for (const metric of names) {
        metrics[metric] = pairedEffect(armRuns, referenceRuns, metric, 1, level);
      }
      comparisons.push({ group: first.group, arm: name, reference, params: point.params, metrics });
    }
  }
  return comparisons;
}

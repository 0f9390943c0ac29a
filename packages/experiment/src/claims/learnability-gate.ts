import { formatNumber } from '../results/format-number';
import { intervalOf } from '../results/interval';
import type { RunResult } from '../runner/run-result';
import type { LearnabilityGate } from './claim-schema';
import type { GridPoint } from './grid-points';
import type { ClaimVerdict, GateFigure } from './verdict-types';

export type GateOutcome = NonNullable<ClaimVerdict['learnability']>;

/**
 * Each learner's figure on the gate metric: its mean across seeds, at the grid point a verdict
 * covers; for a trend, which covers several points, the point where the learner did worst (a
 * trend needs the learners to learn all along the axis). A learner with no finite value fails.
 */
export function judgeGate(
  gate: LearnabilityGate,
  points: readonly GridPoint[],
): GateOutcome & { failures: string[] } {
  const arms: GateFigure[] = [];
  const failures: string[] = [];
  for (const arm of gate.arms) {
    const figures = points.map((point) => ({
      point,
      figure: intervalOf(
        runsOf(point.results, arm).map((run) => run.summary[gate.metric] ?? Number.NaN),
      ),
    }));
    const worst = figures.reduce((low, next) =>
      isBelow(next.figure.mean, low.figure.mean) ? next : low,
    );
    const { mean, lower, upper, n } = worst.figure;
    arms.push({ arm, mean, lower, upper, n });
    if (mean >= gate.min) continue;
    const where = points.length > 1 ? ` at ${describeParams(worst.point.params)}` : '';
    failures.push(
      Number.isNaN(mean)
        ? `${arm} has no finite ${gate.metric}${where}`
        : `${arm}'s ${gate.metric} ${formatNumber(mean)} < ${formatNumber(gate.min)}${where}`,
    );
  }
  return { metric: gate.metric, min: gate.min, passed: failures.length === 0, arms, failures };
}

function runsOf(results: readonly RunResult[], arm: string): RunResult[] {
  return results.filter((result) => result.arm === arm);
}

/** NaN counts as the lowest of all, so a learner without a figure is the one reported. */
function isBelow(value: number, than: number): boolean {
  if (Number.isNaN(than)) return false;
  return Number.isNaN(value) || value < than;
}

/** `world.x=1, task.y=2`, or `(no sweep)`. */
export function describeParams(params: GridPoint['params']): string {
  const entries = Object.keys(params)
    .sort()
    .map((path) => `${path}=${params[path]}`);
  return entries.length === 0 ? '(no sweep)' : entries.join(', ');
}

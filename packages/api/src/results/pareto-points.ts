import { paretoFront, summarise } from '@goodhart/experiment/results';
import { finishedResults, finiteOrNull, type RunRounds } from './run-rounds';
import type { GroupRef } from './series';

export interface ParetoPointOut {
  label: string;
  group: GroupRef;
  /** Means over seeds of the final summary values; null when not a number. */
  x: number | null;
  y: number | null;
  xInterval: [number | null, number | null];
  yInterval: [number | null, number | null];
  onFront: boolean;
}

export interface GroupRuns {
  experimentId: string;
  runs: readonly RunRounds[];
  label(group: GroupRef): string;
}

/**
 * One point per group (experiment x arm x sweep point) from its succeeded runs: engagement
 * `x` against welfare `y`, each the mean over seeds, flagged when no other point beats it on
 * both (higher is better on both).
 */
export function paretoPoints(
  sources: readonly GroupRuns[],
  x: string,
  y: string,
): ParetoPointOut[] {
  const points: (ParetoPointOut & { engagement: number; welfare: number })[] = [];
  for (const source of sources) {
    const results = finishedResults(source.runs);
    for (const summary of summarise(results)) {
      const group = { experimentId: source.experimentId, arm: summary.arm, params: summary.params };
      const ix = summary.metrics[x];
      const iy = summary.metrics[y];
      points.push({
        label: source.label(group),
        group,
        x: ix ? finiteOrNull(ix.mean) : null,
        y: iy ? finiteOrNull(iy.mean) : null,
        xInterval: [ix ? finiteOrNull(ix.lower) : null, ix ? finiteOrNull(ix.upper) : null],
        yInterval: [iy ? finiteOrNull(iy.lower) : null, iy ? finiteOrNull(iy.upper) : null],
        onFront: false,
        engagement: ix?.mean ?? Number.NaN,
        welfare: iy?.mean ?? Number.NaN,
      });
    }
  }
  for (const point of paretoFront(points)) point.onFront = true;
  return points.map(({ engagement: _e, welfare: _w, ...point }) => point);
}

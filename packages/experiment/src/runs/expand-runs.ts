import { type ExperimentSpec, experimentSpecSchema } from '../spec/experiment-schema';
import { type SweepValue, withValueAt } from './sweep-path';

/** One run: one arm, one sweep grid point, one seed. */
export interface RunSpec {
  /** Stable and unique within the experiment: `arm=click-bce|world.click.clickbait=2|seed=3`. */
  key: string;
  /** The key without the seed: runs of one group differ only by seed. */
  group: string;
  arm: string;
  seed: number;
  /** The sweep values of this grid point, by path. */
  params: Record<string, SweepValue>;
  /** The experiment spec with this grid point's values applied and the sweep removed. */
  spec: ExperimentSpec;
}

/**
 * Arms x sweep grid points x seeds, grid point outermost, then seed, then arm, so the arms
 * of one seed sit together: they share that seed's world (a paired comparison).
 */
export function expandRuns(spec: ExperimentSpec): RunSpec[] {
  const { sweep, ...base } = spec;
  const axes = sweep?.axes ?? [];
  const runs: RunSpec[] = [];
  for (const point of gridPoints(axes)) {
    let pointSpec: ExperimentSpec = base;
    const params: Record<string, SweepValue> = {};
    for (const { path, value } of point) {
      pointSpec = withValueAt(pointSpec, path, value);
      params[path] = value;
    }
    // Re-parsed so a swept value is held exactly as a written one would be.
    pointSpec = experimentSpecSchema.parse(pointSpec);
    const paramKey = point.map(({ path, value }) => `|${path}=${value}`).join('');
    for (let offset = 0; offset < spec.seeds.count; offset++) {
      const seed = spec.seeds.base + offset;
      for (const arm of pointSpec.arms) {
        const group = `arm=${arm.name}${paramKey}`;
        runs.push({
          key: `${group}|seed=${seed}`,
          group,
          arm: arm.name,
          seed,
          params: { ...params },
          spec: pointSpec,
        });
      }
    }
  }
  return runs;
}

/** How many runs expandRuns would make, without making them. */
export function countRuns(spec: ExperimentSpec): number {
  const points = (spec.sweep?.axes ?? []).reduce(
    (product, axis) => product * axis.values.length,
    1,
  );
  return points * spec.seeds.count * spec.arms.length;
}

/** Every combination of the axes' values, each as one (path, value) per axis in axis order. */
function gridPoints(
  axes: readonly { path: string; values: SweepValue[] }[],
): { path: string; value: SweepValue }[][] {
  let points: { path: string; value: SweepValue }[][] = [[]];
  for (const { path, values } of axes) {
    points = points.flatMap((point) => values.map((value) => [...point, { path, value }]));
  }
  return points;
}

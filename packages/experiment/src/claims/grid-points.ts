import type { RunResult } from '../runner/run-result';
import type { SweepValue } from '../runs/sweep-path';

export type Params = Record<string, SweepValue>;

/** One sweep grid point and every run (all arms, all seeds) made at it. */
export interface GridPoint {
  params: Params;
  results: RunResult[];
}

/** The part of a spec that says which arms there are and which is the reference. */
export interface ArmsAndReference {
  arms: readonly { name: string }[];
  reference?: string;
}

/** The arm every other arm is compared against: the spec's `reference`, else its first arm. */
export function referenceArm(spec: ArmsAndReference): string {
  if (spec.reference !== undefined) return spec.reference;
  const [first] = spec.arms;
  if (first === undefined) throw new Error('the spec has no arms, so no reference arm');
  return first.name;
}

/**
 * A grid point's identity. Keys are sorted because results may come back from a store that
 * does not keep the order of an object's keys (PostgreSQL jsonb).
 */
export function paramsKey(params: Params): string {
  return JSON.stringify(
    Object.keys(params)
      .sort()
      .map((path) => [path, params[path]]),
  );
}

/** Results grouped by grid point, in the order the points first appear. */
export function gridPoints(results: readonly RunResult[]): GridPoint[] {
  const points = new Map<string, GridPoint>();
  for (const result of results) {
    const key = paramsKey(result.params);
    const point = points.get(key);
    if (point) point.results.push(result);
    else points.set(key, { params: result.params, results: [result] });
  }
  return [...points.values()];
}

/** Whether a grid point has every value a claim's `where` asks for. */
export function matchesWhere(params: Params, where: Params | undefined): boolean {
  return Object.entries(where ?? {}).every(([path, value]) => params[path] === value);
}

/** One arm's runs by seed (the last one wins if a seed appears twice). */
export function runsBySeed(results: readonly RunResult[], arm: string): Map<number, RunResult> {
  const bySeed = new Map<number, RunResult>();
  for (const result of results) if (result.arm === arm) bySeed.set(result.seed, result);
  return bySeed;
}

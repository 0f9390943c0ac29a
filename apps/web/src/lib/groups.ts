import { type MeanInterval, meanInterval95 } from './interval';

export type Params = Record<string, number | string | boolean>;

/** What the grouping needs of a run (the API's RunSummary has more). */
export interface RunLike {
  key: string;
  arm: string;
  params: Params;
  summary: Record<string, number | null> | null;
}

export interface GroupStats {
  /** The run key without its seed: one arm at one sweep point. */
  group: string;
  label: string;
  arm: string;
  params: Params;
  runs: number;
  metrics: Record<string, MeanInterval>;
}

/** `arm=bce|world.numUsers=50|seed=3` -> `arm=bce|world.numUsers=50`. */
export function groupOfKey(key: string): string {
  return key.replace(/\|seed=[^|]*$/, '');
}

/** A readable name for a group: the arm, then its sweep values. */
export function groupLabel(arm: string, params: Params): string {
  const parts = Object.entries(params).map(([path, value]) => `${shortPath(path)}=${value}`);
  return parts.length === 0 ? arm : `${arm} · ${parts.join(' ')}`;
}

function shortPath(path: string): string {
  const parts = path.split('.');
  return parts[parts.length - 1] ?? path;
}

/**
 * Per group, each summary metric's mean and 95% interval across the seeds that have finished.
 * Groups keep the order of their first run.
 */
export function summariseGroups(runs: readonly RunLike[]): GroupStats[] {
  const groups = new Map<string, RunLike[]>();
  for (const run of runs) {
    const group = groupOfKey(run.key);
    const members = groups.get(group);
    if (members) members.push(run);
    else groups.set(group, [run]);
  }
  return [...groups.entries()].map(([group, members]) => {
    const [first] = members;
    const finished = members.filter((m) => m.summary !== null);
    const names = new Set<string>();
    for (const m of finished) for (const name of Object.keys(m.summary ?? {})) names.add(name);
    const metrics: Record<string, MeanInterval> = {};
    for (const name of names) {
      metrics[name] = meanInterval95(finished.map((m) => m.summary?.[name]));
    }
    return {
      group,
      label: groupLabel(first.arm, first.params),
      arm: first.arm,
      params: first.params,
      runs: finished.length,
      metrics,
    };
  });
}

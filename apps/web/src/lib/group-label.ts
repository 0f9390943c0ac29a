import type { RunSummary } from '../trpc/types';

/** A readable name for a group (arm × sweep point): the arm, then its sweep values. */
export function groupLabel(arm: string, params: RunSummary['params']): string {
  const parts = Object.entries(params).map(([path, value]) => `${shortPath(path)}=${value}`);
  return parts.length === 0 ? arm : `${arm} · ${parts.join(' ')}`;
}

/** `task.costs.falseNegative` -> `falseNegative`: the table column is narrow. */
function shortPath(path: string): string {
  const parts = path.split('.');
  return parts[parts.length - 1] ?? path;
}

import type { GroupStats } from './groups';

/** Metrics shown when a spec names none: welfare (what people want) and CTR (the proxy). */
export const defaultKeyMetrics = ['meanWelfare', 'ctr'] as const;

/** The spec's `highlight` list, when it has one. */
export function highlightOf(spec: unknown): string[] {
  const highlight = (spec as { highlight?: unknown } | null)?.highlight;
  return Array.isArray(highlight)
    ? highlight.filter((m): m is string => typeof m === 'string')
    : [];
}

/**
 * Columns for a table of several experiments: the metrics their specs highlight first, most
 * common first (ties by first appearance), at most `max`.
 */
export function pickKeyMetrics(specs: readonly unknown[], max = 3): string[] {
  const score = new Map<string, number>();
  const firstSeen: string[] = [];
  for (const spec of specs) {
    const highlight = highlightOf(spec);
    const shown = highlight.length > 0 ? highlight.slice(0, 2) : [...defaultKeyMetrics];
    for (const metric of shown) {
      if (!score.has(metric)) firstSeen.push(metric);
      score.set(metric, (score.get(metric) ?? 0) + 1);
    }
  }
  const order = firstSeen.length > 0 ? firstSeen : [...defaultKeyMetrics];
  return [...order]
    .sort(
      (a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || order.indexOf(a) - order.indexOf(b),
    )
    .slice(0, max);
}

export interface MetricRange {
  low: number;
  high: number;
  /** Each group's mean, for a tooltip. */
  byGroup: { label: string; mean: number }[];
}

/** Lowest and highest group mean of a metric: the spread between arms is the outcome. */
export function metricRange(groups: readonly GroupStats[], metric: string): MetricRange | null {
  const byGroup = groups
    .map((g) => ({ label: g.label, mean: g.metrics[metric]?.mean ?? Number.NaN }))
    .filter((g) => Number.isFinite(g.mean));
  if (byGroup.length === 0) return null;
  const means = byGroup.map((g) => g.mean);
  return { low: Math.min(...means), high: Math.max(...means), byGroup };
}

/** Every metric once: the highlighted ones first in their order, then the rest by name. */
export function orderMetrics(all: readonly string[], highlight: readonly string[]): string[] {
  const present = new Set(all);
  const first = highlight.filter((m, i) => present.has(m) && highlight.indexOf(m) === i);
  const rest = [...present].filter((m) => !first.includes(m)).sort((a, b) => a.localeCompare(b));
  return [...first, ...rest];
}

/** Engagement and welfare for the Pareto chart: averages over rounds when the runs have them. */
export const engagementCandidates = ['ctrAvg', 'ctr', 'engagement'] as const;
export const welfareCandidates = ['meanWelfareAvg', 'meanWelfare', 'welfare'] as const;

/** The first candidate that is among the available metrics. */
export function firstPresent(
  candidates: readonly string[],
  available: readonly string[],
): string | undefined {
  return candidates.find((c) => available.includes(c));
}

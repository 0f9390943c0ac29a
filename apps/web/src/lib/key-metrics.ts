import type { GroupSummary } from '@goodhart/experiment/results';
import { groupLabel } from './group-label';

/** The spec's `highlight` list, when it has one. */
export function highlightOf(spec: unknown): string[] {
  const highlight = (spec as { highlight?: unknown } | null)?.highlight;
  return Array.isArray(highlight)
    ? highlight.filter((m): m is string => typeof m === 'string')
    : [];
}

/**
 * Columns for a table of several experiments: welfare (what people want) and engagement (the
 * proxy) when the runs report them, then the metrics the specs highlight, most widely
 * highlighted first (ties: higher in the lists, then first seen). Only metrics some run
 * reports, at most `max`.
 */
export function pickKeyMetrics(
  specs: readonly unknown[],
  available: readonly string[],
  max = 4,
): string[] {
  const picked = [
    firstPresent(welfareCandidates, available),
    firstPresent(engagementCandidates, available),
  ].filter((m): m is string => m !== undefined);
  const stats = new Map<string, { count: number; positions: number; order: number }>();
  for (const spec of specs) {
    highlightOf(spec).forEach((metric, position) => {
      const entry = stats.get(metric) ?? { count: 0, positions: 0, order: stats.size };
      entry.count += 1;
      entry.positions += position;
      stats.set(metric, entry);
    });
  }
  const ranked = [...stats.entries()]
    .filter(([metric]) => available.includes(metric) && !picked.includes(metric))
    .sort(
      ([, a], [, b]) =>
        b.count - a.count || a.positions / a.count - b.positions / b.count || a.order - b.order,
    )
    .map(([metric]) => metric);
  return [...picked, ...ranked].slice(0, max);
}

export interface MetricRange {
  low: number;
  high: number;
  /** Each group's mean, for a tooltip. */
  byGroup: { label: string; mean: number }[];
}

/** Lowest and highest group mean of a metric: the spread between arms is the outcome. */
export function metricRange(groups: readonly GroupSummary[], metric: string): MetricRange | null {
  const byGroup = groups
    .map((g) => ({
      label: groupLabel(g.arm, g.params),
      mean: g.metrics[metric]?.mean ?? Number.NaN,
    }))
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

/**
 * The per-round metric a summary metric is made from: `ctrAvg` (average over rounds),
 * `trainLossFirst` and `trainLossChange` come from the rounds' `ctr` and `trainLoss`.
 */
export function roundMetricOf(summaryMetric: string): string {
  return summaryMetric.replace(/(Avg|First|Change)$/, '');
}

/** The highlighted summary metrics as per-round metric names, in order, each once. */
export function highlightedRoundMetrics(highlight: readonly string[]): string[] {
  return [...new Set(highlight.map(roundMetricOf))];
}

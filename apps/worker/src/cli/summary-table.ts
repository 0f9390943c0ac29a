import type { GroupSummary, Interval } from '@goodhart/experiment';
import { formatNumber, renderTable } from './table';

/**
 * Arms side by side: one row per metric, one column per arm (or arm x sweep point), each
 * cell the mean across seeds and its 95% interval. With many groups the table is turned,
 * one row per group.
 */
export function renderSummaryTable(
  summaries: readonly GroupSummary[],
  metrics: readonly string[],
): string {
  const shown = metrics.filter((metric) => summaries.some((summary) => metric in summary.metrics));
  const cell = (interval: Interval | undefined) =>
    interval === undefined
      ? '-'
      : interval.n > 1
        ? `${formatNumber(interval.mean)} [${formatNumber(interval.lower)}, ${formatNumber(interval.upper)}]`
        : formatNumber(interval.mean);
  // With one arm swept over a grid, the arm's name says nothing: show only the grid point.
  const oneArm = new Set(summaries.map((summary) => summary.arm)).size === 1;
  const label = (summary: GroupSummary) => {
    const parts = summary.group.replace(/^arm=/, '').split('|');
    return (oneArm && parts.length > 1 ? parts.slice(1) : parts).join(' ');
  };
  if (summaries.length <= 4) {
    return renderTable(
      ['metric', ...summaries.map(label)],
      shown.map((metric) => [metric, ...summaries.map((summary) => cell(summary.metrics[metric]))]),
    );
  }
  return renderTable(
    ['arm', ...shown],
    summaries.map((summary) => [
      label(summary),
      ...shown.map((metric) => cell(summary.metrics[metric])),
    ]),
  );
}

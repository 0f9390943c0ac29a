import {
  describeEffect,
  formatNumber,
  type GroupSummary,
  type Interval,
} from '@goodhart/experiment';
import { renderGroupTable } from './group-table';

/**
 * Arms side by side, each cell the arm's own mean across seeds and its 95% t-interval: the
 * spread of each arm on its own, not the interval of a comparison between arms (that is the
 * paired table's).
 */
export function renderSummaryTable(
  summaries: readonly GroupSummary[],
  metrics: readonly string[],
): string {
  return renderGroupTable(
    summaries.map((summary) => ({
      group: summary.group,
      arm: summary.arm,
      cells: cellsOf(summary.metrics, metrics),
    })),
    metrics,
  );
}

function cellsOf(intervals: Record<string, Interval>, metrics: readonly string[]) {
  const cells: Record<string, string> = {};
  for (const metric of metrics) {
    const interval = intervals[metric];
    if (interval === undefined) continue;
    cells[metric] = interval.n > 1 ? describeEffect(interval) : formatNumber(interval.mean);
  }
  return cells;
}

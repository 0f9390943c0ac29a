import { renderTable } from '@goodhart/experiment/results';

/** One group (arm × sweep point) of a results table: its run group key and a cell per metric. */
export interface GroupColumn {
  group: string;
  arm: string;
  cells: Record<string, string>;
}

/**
 * Groups side by side: one row per metric, one column per group; with more than four groups
 * the table is turned, one row per group. Metrics no group has are left out.
 */
export function renderGroupTable(
  columns: readonly GroupColumn[],
  metrics: readonly string[],
): string {
  const shown = metrics.filter((metric) => columns.some((column) => metric in column.cells));
  // With one arm swept over a grid, the arm's name says nothing: show only the grid point.
  const oneArm = new Set(columns.map((column) => column.arm)).size === 1;
  const label = (column: GroupColumn) => {
    const parts = column.group.replace(/^arm=/, '').split('|');
    return (oneArm && parts.length > 1 ? parts.slice(1) : parts).join(' ');
  };
  const cell = (column: GroupColumn, metric: string) => column.cells[metric] ?? '-';
  if (columns.length <= 4) {
    return renderTable(
      ['metric', ...columns.map(label)],
      shown.map((metric) => [metric, ...columns.map((column) => cell(column, metric))]),
    );
  }
  return renderTable(
    ['arm', ...shown],
    columns.map((column) => [label(column), ...shown.map((metric) => cell(column, metric))]),
  );
}

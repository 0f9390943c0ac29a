export type Alignment = 'left' | 'right';

/** How a body cell is aligned, when one column mixes figures and words (the benchmark's). */
export type CellAlignment = (cell: string, column: number) => Alignment;

/**
 * A plain text table, the one printer of the command line and the benchmark. By default the
 * first column is left-aligned (names) and the others right-aligned (figures); `align` sets
 * each column's own, or is a function that aligns each cell by its content.
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Alignment[] | CellAlignment = [],
): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const alignmentOf = (cell: string, column: number) =>
    typeof align === 'function'
      ? align(cell, column)
      : (align[column] ?? (column === 0 ? 'left' : 'right'));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        alignmentOf(cell, column) === 'left'
          ? cell.padEnd(widths[column] ?? 0)
          : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

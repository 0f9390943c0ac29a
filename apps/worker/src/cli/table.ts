export type Alignment = 'left' | 'right';

/**
 * A plain text table. By default the first column is left-aligned (names) and the others
 * right-aligned (figures); `align` sets each column's own.
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Alignment[] = [],
): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const alignmentOf = (column: number) => align[column] ?? (column === 0 ? 'left' : 'right');
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        alignmentOf(column) === 'left'
          ? cell.padEnd(widths[column])
          : cell.padStart(widths[column]),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

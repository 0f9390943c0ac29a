/** Renders rows as a plain-text table with right-aligned numeric-looking cells. */
export function formatTable(columns: string[], rows: string[][]): string {
  const widths = columns.map((c, j) => Math.max(c.length, ...rows.map((r) => (r[j] ?? '').length)));
  const numeric = (cell: string) => /^[-+]?[\d.,]+( ?[a-zA-Z%/×]+)?$|^–$/.test(cell);
  const line = (cells: string[]) =>
    cells
      .map((cell, j) =>
        numeric(cell) && j > 0 ? cell.padStart(widths[j]) : cell.padEnd(widths[j]),
      )
      .join('  ')
      .trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export type SortDirection = 'asc' | 'desc';
export type SortValue = string | number | null | undefined;

/** A sorted copy; missing values (null, undefined, NaN) go last in either direction. */
export function sortRows<T>(
  rows: readonly T[],
  accessor: (row: T) => SortValue,
  direction: SortDirection,
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: accessor(row) }))
    .sort((a, b) => {
      const aMissing = isMissing(a.value);
      const bMissing = isMissing(b.value);
      if (aMissing || bMissing)
        return aMissing === bMissing ? a.index - b.index : aMissing ? 1 : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value), 'en', { numeric: true });
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((entry) => entry.row);
}

function isMissing(value: SortValue): boolean {
  return (
    value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))
  );
}

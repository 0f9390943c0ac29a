/**
 * Checked indexing for ids that come from elsewhere (a caller's user id, an item id read from
 * another table), where a miss is a bug to report rather than a NaN to carry on with. Indices
 * bounded by their own loop are read with `!` instead (no check costs nothing there).
 */

/** `array[index]`, or a RangeError naming what was looked up when the index is outside the array. */
export function entryAt<T>(array: ArrayLike<T>, index: number, what: string): T {
  const value = array[index];
  if (value === undefined) {
    throw new RangeError(`${what} ${index} is out of range (${array.length} entries)`);
  }
  return value;
}

/**
 * `row`, or a RangeError naming what was looked up when it is not one of a table's `count` rows:
 * reads within a checked row of a row-major table are then in range.
 */
export function checkedRow(row: number, count: number, what: string): number {
  if (!(Number.isInteger(row) && row >= 0 && row < count)) {
    throw new RangeError(`${what} ${row} is out of range (${count} rows)`);
  }
  return row;
}

/**
 * Scratch for topIndices, sized for rows of up to `rowLength` entries, so that a metric looping
 * over users allocates once.
 */
export interface TopIndicesScratch {
  ascending: Float64Array;
  candidates: Int32Array;
}

export function topIndicesScratch(rowLength: number): TopIndicesScratch {
  return { ascending: new Float64Array(rowLength), candidates: new Int32Array(rowLength) };
}

/**
 * The indices of values[offset .. offset + n) in the order of a sort by value, highest first,
 * ties broken by the lower index, correct in their first `count` positions (1 <= count <= n);
 * the returned array may be longer (entries past `count` are the rest of the tie at the cut).
 * Values must not be NaN (callers check finiteness), so that order is a strict total order and
 * these first `count` indices are exactly those of the index sort with the comparator
 * `values[b] − values[a] || a − b` that the metrics used before.
 *
 * Why not that sort: its comparator is a JavaScript call per comparison, most of the relevance
 * probe's cost (issue 14). Here the row is copied and sorted by the typed array's own numeric
 * sort, which gives the count-th highest value, the cut; every index whose value is >= the cut
 * is kept, in index order (ties at the cut included, so nothing the old order put in the first
 * `count` is lost), and only those few are put in order, by a stable insertion sort on value.
 * −0 and 0 are one tie here as there: >= and > do not tell them apart, nor did the subtraction.
 */
export function topIndices(
  values: ArrayLike<number>,
  offset: number,
  n: number,
  count: number,
  scratch: TopIndicesScratch,
): Int32Array {
  const ascending = scratch.ascending.subarray(0, n);
  for (let j = 0; j < n; j++) ascending[j] = values[offset + j]!;
  ascending.sort();
  const cut = ascending[n - count]!;
  const kept = scratch.candidates;
  let size = 0;
  for (let j = 0; j < n; j++) if (values[offset + j]! >= cut) kept[size++] = j;
  // Kept in index order; insertion moves an index only past strictly lower values, so ties
  // keep index order. Only the at most count − 1 values above the cut ever move.
  for (let i = 1; i < size; i++) {
    const index = kept[i]!;
    const value = values[offset + index]!;
    let p = i;
    while (p > 0 && values[offset + kept[p - 1]!]! < value) {
      kept[p] = kept[p - 1]!;
      p--;
    }
    kept[p] = index;
  }
  return kept.subarray(0, size);
}

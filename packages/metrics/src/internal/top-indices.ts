/**
 * Scratch for topIndices, sized for rows of up to `rowLength` entries, so that a metric looping
 * over users allocates once.
 */
export interface TopIndicesScratch {
  ascending: Float64Array;
  candidates: Int32Array;
}

/** Above this many, topValues sorts the whole row instead of keeping a sorted buffer. */
const bufferedCountLimit = 64;

/**
 * The `count` highest of values[offset .. offset + n) (1 <= count <= n, none NaN), ascending,
 * in a subarray of `scratch` (at least n long). The same numbers, as a multiset, as the last
 * `count` of the row sorted ascending (up to the sign of a 0: −0 and 0 compare equal, and
 * adding either to a sum gives the same sum unless every term is ±0).
 *
 * For a small count a sorted buffer of the best so far is kept: most values fail the one test
 * against its lowest, so a row costs about n comparisons, where a native sort of the row is
 * n log n; a large count (recall's relevant set may be the whole row) sorts the row.
 */
export function topValues(
  values: ArrayLike<number>,
  offset: number,
  n: number,
  count: number,
  scratch: Float64Array,
): Float64Array {
  if (count > bufferedCountLimit) {
    const ascending = scratch.subarray(0, n);
    for (let j = 0; j < n; j++) ascending[j] = values[offset + j]!;
    ascending.sort();
    return ascending.subarray(n - count);
  }
  const top = scratch.subarray(0, count);
  let size = 0;
  for (let j = 0; j < n; j++) {
    const value = values[offset + j]!;
    let p: number;
    if (size < count) {
      // Filling: insert in order.
      p = size++;
      while (p > 0 && top[p - 1]! > value) {
        top[p] = top[p - 1]!;
        p--;
      }
    } else {
      if (!(value > top[0]!)) continue;
      // Full: the lowest drops out, the ones below the new value move down a place.
      p = 0;
      while (p + 1 < count && top[p + 1]! < value) {
        top[p] = top[p + 1]!;
        p++;
      }
    }
    top[p] = value;
  }
  return top;
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
 * probe's cost (issue 14). Here topValues gives the count-th highest value, the cut; every index whose value is >= the cut
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
  const cut = topValues(values, offset, n, count, scratch.ascending)[0]!;
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

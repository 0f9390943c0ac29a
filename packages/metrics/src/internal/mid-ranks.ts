/**
 * The 0-based mid-rank of each of values[from .. from + n) among them, written to out: the
 * lowest is 0, the highest n − 1, and tied values share the mean of their ranks (a half-integer,
 * so exact). Callers turn it into a percentile by their own scaling. `sorted` is scratch of at
 * least n.
 *
 * The values are copied and sorted by the typed array's own numeric sort (no comparator: a
 * JavaScript callback per comparison was most of the ranking metrics' cost), then each value's
 * tie group [start, end) in that order is found by binary search. start and end are the same
 * positions a sort of the indices by value would give the group, so every rank is the same
 * number. −0 and 0 are one group here as there: the searches compare with < and <=, for which
 * they are equal.
 */
export function midRanks(
  values: ArrayLike<number>,
  from: number,
  n: number,
  sorted: Float64Array,
  out: Float64Array,
): void {
  const ascending = sorted.subarray(0, n);
  for (let i = 0; i < n; i++) ascending[i] = values[from + i]!;
  ascending.sort();
  for (let i = 0; i < n; i++) {
    const value = values[from + i]!;
    // start: the first position holding a value >= this one; end: the first holding one above.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ascending[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    const start = lo;
    // Most values are untied: look one past start before searching.
    lo = start + 1;
    if (lo < n && ascending[lo]! <= value) {
      hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ascending[mid]! <= value) lo = mid + 1;
        else hi = mid;
      }
    }
    // Ranks start..end−1 (0-based) are tied, end = lo: each gets their mean.
    out[i] = (start + lo - 1) / 2;
  }
}

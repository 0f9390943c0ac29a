/**
 * Per row of a rows × cols score block, the k highest columns, best first, written to
 * out[outOffset + row * k ..]. Partial selection: a k-long sorted buffer that a column enters
 * only if it beats the current k-th best, so a row costs about one comparison per column
 * (O(cols + k² log cols) on random scores) instead of a sort. Ties go to the lower column;
 * NaN never enters (a row with fewer than k other values is padded with -1).
 */
export function selectTopK(
  scores: Float64Array,
  rows: number,
  cols: number,
  k: number,
  out: Int32Array,
  outOffset: number,
): void {
  if (!Number.isInteger(k) || k < 1 || k > cols) {
    throw new RangeError(`selectTopK: k must be an integer in [1, cols = ${cols}], got ${k}`);
  }
  if (scores.length < rows * cols || out.length < outOffset + rows * k) {
    throw new RangeError('selectTopK: scores or out is too short for rows × cols and rows × k');
  }
  const bestScore = new Float64Array(k);
  const bestIndex = new Int32Array(k);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    let kept = 0;
    let c = 0;
    // Fill the buffer with the first k non-NaN columns, kept sorted.
    for (; c < cols && kept < k; c++) {
      const s = scores[base + c]!;
      if (Number.isNaN(s)) continue;
      let p = kept++;
      while (p > 0 && s > bestScore[p - 1]!) {
        bestScore[p] = bestScore[p - 1]!;
        bestIndex[p] = bestIndex[p - 1]!;
        p--;
      }
      bestScore[p] = s;
      bestIndex[p] = c;
    }
    // Then a column enters only if strictly better than the k-th (an equal later column never
    // displaces an earlier one; NaN never compares greater).
    let worst = bestScore[k - 1]!;
    for (; c < cols; c++) {
      const s = scores[base + c]!;
      if (!(s > worst)) continue;
      let p = k - 1;
      while (p > 0 && s > bestScore[p - 1]!) {
        bestScore[p] = bestScore[p - 1]!;
        bestIndex[p] = bestIndex[p - 1]!;
        p--;
      }
      bestScore[p] = s;
      bestIndex[p] = c;
      worst = bestScore[k - 1]!;
    }
    const o = outOffset + r * k;
    for (let j = 0; j < k; j++) out[o + j] = j < kept ? bestIndex[j]! : -1;
  }
}

/**
 * Indices of the k largest of scores[offset .. offset+length), best first, written to
 * out[outOffset ..]. A partial selection (insertion into a k-long sorted buffer), O(length * k)
 * in the worst case and close to O(length) in practice. Ties go to the lower index; NaN ranks
 * last.
 */
export function topKInto(
  scores: Float32Array,
  offset: number,
  length: number,
  k: number,
  out: Int32Array,
  outOffset: number,
): void {
  const bestScore = new Float64Array(k).fill(Number.NEGATIVE_INFINITY);
  const bestIndex = new Int32Array(k).fill(-1);
  for (let i = 0; i < length; i++) {
    let s = scores[offset + i]!;
    if (Number.isNaN(s)) s = Number.NEGATIVE_INFINITY;
    // Strictly greater than the worst kept, so an equal later index never displaces an earlier one.
    if (bestIndex[k - 1] !== -1 && s <= bestScore[k - 1]!) continue;
    let p = k - 1;
    while (p > 0 && (bestIndex[p - 1] === -1 || s > bestScore[p - 1]!)) {
      bestScore[p] = bestScore[p - 1]!;
      bestIndex[p] = bestIndex[p - 1]!;
      p--;
    }
    bestScore[p] = s;
    bestIndex[p] = i;
  }
  for (let j = 0; j < k; j++) out[outOffset + j] = bestIndex[j]!;
}

import { sampleDense, sampleSparse } from './internal/partial-fisher-yates';
import type { Rng } from './rng';

/**
 * `k` distinct integers from [0, n), in random order (a uniformly random k-permutation).
 * A partial Fisher–Yates shuffle: over a dense index array when k is a large share of n, else over
 * a sparse map of swaps (no O(n) allocation); both consume the same draws and give the same result.
 */
export function sampleWithoutReplacement(n: number, k: number, rng: Rng): Int32Array {
  if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) {
    throw new RangeError(`sampleWithoutReplacement: n must be an integer in [0, 2^31), got ${n}`);
  }
  if (!Number.isInteger(k) || k < 0 || k > n) {
    throw new RangeError(`sampleWithoutReplacement: k must be an integer in [0, n=${n}], got ${k}`);
  }
  return k * 16 >= n ? sampleDense(n, k, rng) : sampleSparse(n, k, rng);
}

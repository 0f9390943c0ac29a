import type { Rng } from '../rng';

/** The first k steps of a Fisher–Yates shuffle of 0..n-1, over a dense index array. */
export function sampleDense(n: number, k: number, rng: Rng): Int32Array {
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    const atI = pool[i];
    const atJ = pool[j];
    // i < k ≤ n and i ≤ j < n: a k beyond n is the only way to get here.
    if (atI === undefined || atJ === undefined) {
      throw new RangeError(`sampleDense: k (${k}) exceeds n (${n})`);
    }
    pool[i] = atJ;
    pool[j] = atI;
  }
  return pool.slice(0, k);
}

/** The same k steps, remembering only the swapped positions (for n much larger than k). */
export function sampleSparse(n: number, k: number, rng: Rng): Int32Array {
  // swapped.get(x) is what position x holds after the swaps so far (x itself if absent).
  const swapped = new Map<number, number>();
  const out = new Int32Array(k);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    const atJ = swapped.get(j) ?? j;
    out[i] = atJ;
    swapped.set(j, swapped.get(i) ?? i);
  }
  return out;
}

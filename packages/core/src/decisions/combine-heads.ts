import { type HeadName, type HeadScores, headNames } from '../models/types';

/** Weight of each head in a combined score; heads left out weigh 0. */
export type HeadWeights = Partial<Record<HeadName, number>>;

/** Whether the weights sum heads, rather than rank one head of weight 1 as it is. */
export function sumsHeads(weights: HeadWeights): boolean {
  const used = headNames.map((head) => weights[head] ?? 0).filter((w) => w !== 0);
  return !(used.length === 1 && used[0] === 1);
}

/**
 * score = Σ_h w_h · head_h, cell by cell. Every head with a non-zero weight must be present,
 * and all present heads must have the same length. When the only weighted head has weight 1,
 * that head's own array is returned, not a copy (copying 37 million scores cost a quarter of
 * a second a round): callers must not write into the result. Otherwise the sum goes into
 * `into` when it is at least as long (a view of its start), else into a new array.
 */
export function combineHeads(
  heads: HeadScores,
  weights: HeadWeights,
  into?: Float32Array,
): Float32Array {
  let length: number | undefined;
  const used: Array<[Float32Array, number]> = [];
  for (const head of headNames) {
    const w = weights[head] ?? 0;
    if (!Number.isFinite(w))
      throw new Error(`combineHeads: weights.${head} must be finite, got ${w}`);
    const scores = heads[head];
    if (scores !== undefined) {
      if (length !== undefined && scores.length !== length) {
        throw new Error(
          `combineHeads: heads.${head} has ${scores.length} scores, another head has ${length}`,
        );
      }
      length = scores.length;
    }
    if (w === 0) continue;
    if (scores === undefined) {
      const present = headNames.filter((h) => heads[h] !== undefined);
      throw new Error(
        `combineHeads: weights.${head} is ${w} but the model has no ${head} head (it has ${present.join(', ') || 'none'})`,
      );
    }
    used.push([scores, w]);
  }
  if (length === undefined) throw new Error('combineHeads: heads is empty');
  const [firstUsed, secondUsed] = used;
  // sumsHeads is false only for one head of weight 1, which `used` then holds.
  if (!sumsHeads(weights) && firstUsed !== undefined) return firstUsed[0];
  const out =
    into !== undefined && into.length >= length
      ? into.subarray(0, length)
      : new Float32Array(length);
  // One pass, heads added in order and rounded to float32 after each, as adding them one
  // pass per head into a zeroed array would (that re-read the 150 MB sum once per head).
  if (used.length === 2 && firstUsed !== undefined && secondUsed !== undefined) {
    const [first, w0] = firstUsed;
    const [second, w1] = secondUsed;
    for (let i = 0; i < length; i++) out[i] = Math.fround(0 + w0 * first[i]!) + w1 * second[i]!;
    return out;
  }
  for (let i = 0; i < length; i++) {
    let sum = 0;
    for (let h = 0; h < used.length; h++) sum = Math.fround(sum + used[h]![1] * used[h]![0][i]!);
    out[i] = sum;
  }
  return out;
}

/** The name the architecture notes use for combineHeads. */
export const scoreHeads = combineHeads;

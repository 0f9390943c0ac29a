import { checkShape, topK } from './top-k';

export interface MmrOptions {
  /** rows × cols scores. */
  scores: ArrayLike<number>;
  rows: number;
  cols: number;
  /** cols × itemFeatureDim, row-major; similarity is the cosine of these vectors. */
  itemFeatures: Float32Array;
  itemFeatureDim: number;
  /** 1 = relevance only, 0 = diversity only. */
  lambda: number;
  k: number;
  /** Candidates considered per row: the best `poolSize` by score (default max(5k, 50)). */
  poolSize?: number;
  exclude?: Uint8Array;
}

/** Item features scaled to unit length (zero vectors stay zero). */
function unitRows(features: Float32Array, n: number, dim: number): Float32Array {
  const out = new Float32Array(n * dim);
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let j = 0; j < dim; j++) norm += features[i * dim + j]! ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < dim; j++) out[i * dim + j] = features[i * dim + j]! * scale;
  }
  return out;
}

/**
 * Maximal marginal relevance (Carbonell & Goldstein 1998): pick greedily the candidate with
 * the best λ·relevance − (1 − λ)·(max cosine similarity to the items already picked).
 * Relevance is the row's scores min-max scaled over its candidate pool, so λ trades off two
 * quantities on the same [0, 1] scale whatever the model's score units.
 */
export function mmrRerank(options: MmrOptions): Int32Array {
  const { scores, rows, cols, itemFeatures, itemFeatureDim: dim, lambda, k, exclude } = options;
  checkShape('mmrRerank', scores.length, rows, cols, k, exclude);
  if (!(lambda >= 0 && lambda <= 1))
    throw new Error(`mmrRerank: lambda must be in [0, 1], got ${lambda}`);
  if (itemFeatures.length !== cols * dim) {
    throw new Error(
      `mmrRerank: itemFeatures has ${itemFeatures.length} entries, cols * itemFeatureDim is ${cols * dim}`,
    );
  }
  const poolSize = Math.min(cols, options.poolSize ?? Math.max(5 * k, 50));
  if (!Number.isInteger(poolSize) || poolSize < k) {
    throw new Error(`mmrRerank: poolSize must be an integer >= k (${k}), got ${options.poolSize}`);
  }
  const unit = unitRows(itemFeatures, cols, dim);
  const pools = topK(scores, rows, cols, poolSize, exclude);
  const out = new Int32Array(rows * k).fill(-1);
  const relevance = new Float64Array(poolSize);
  const maxSim = new Float64Array(poolSize);
  const taken = new Uint8Array(poolSize);
  for (let r = 0; r < rows; r++) {
    let size = 0;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let p = 0; p < poolSize; p++) {
      const item = pools[r * poolSize + p]!;
      if (item < 0) break;
      const s = scores[r * cols + item]!;
      const value = Number.isNaN(s) ? Number.NEGATIVE_INFINITY : s;
      relevance[p] = value;
      if (Number.isFinite(value)) {
        lo = Math.min(lo, value);
        hi = Math.max(hi, value);
      }
      size++;
    }
    for (let p = 0; p < size; p++) {
      const s = relevance[p]!;
      relevance[p] = !Number.isFinite(s) ? (s > 0 ? 1 : 0) : hi > lo ? (s - lo) / (hi - lo) : 1;
    }
    maxSim.fill(0, 0, size);
    taken.fill(0, 0, size);
    for (let slot = 0; slot < Math.min(k, size); slot++) {
      let best = -1;
      let bestValue = Number.NEGATIVE_INFINITY;
      for (let p = 0; p < size; p++) {
        if (taken[p]) continue;
        const value = lambda * relevance[p]! - (1 - lambda) * maxSim[p]!;
        if (value > bestValue) {
          bestValue = value;
          best = p;
        }
      }
      taken[best] = 1;
      const chosen = pools[r * poolSize + best]!;
      out[r * k + slot] = chosen;
      for (let p = 0; p < size; p++) {
        if (taken[p]) continue;
        const other = pools[r * poolSize + p]!;
        let dot = 0;
        for (let j = 0; j < dim; j++) dot += unit[chosen * dim + j]! * unit[other * dim + j]!;
        if (slot === 0 || dot > maxSim[p]!) maxSim[p] = dot;
      }
    }
  }
  return out;
}

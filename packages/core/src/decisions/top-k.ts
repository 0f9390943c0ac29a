/**
 * Per row, the `k` columns with the highest scores, best first (rows × k item ids). Ties go
 * to the lower column; NaN scores rank last. `exclude` (1 = never pick) is either one mask
 * per cell (rows × cols) or one shared by every row (cols). A row with fewer than k allowed
 * columns is padded with -1.
 *
 * Per row, candidates go into a buffer of a few times k; when it fills, it is cut back to its
 * best k, whose worst score becomes the bar a later column must beat strictly (a later column
 * that only ties loses on column order). Few columns clear the bar once it settles, so this
 * does a fraction of a heap's comparisons, with the same result.
 */
export function topK(
  scores: ArrayLike<number>,
  rows: number,
  cols: number,
  k: number,
  exclude?: Uint8Array,
): Int32Array {
  checkShape('topK', scores.length, rows, cols, k, exclude);
  const out = new Int32Array(rows * k).fill(-1);
  if (k === 0) return out;
  const capacity = 2 * k + 64;
  const buffer = new RowCandidates(capacity);
  const shared = exclude !== undefined && exclude.length === cols && rows !== 1;
  for (let r = 0; r < rows; r++) {
    buffer.size = 0;
    let bar = Number.NEGATIVE_INFINITY;
    let cut = false;
    const base = r * cols;
    for (let c = 0; c < cols; c++) {
      const raw = scores[base + c];
      // The bar first: most columns fail it (NaN always does, as it ranks last).
      if (cut && !(raw > bar)) continue;
      if (exclude?.[shared ? c : base + c]) continue;
      const s = Number.isNaN(raw) ? Number.NEGATIVE_INFINITY : raw;
      buffer.score[buffer.size] = s;
      buffer.index[buffer.size] = c;
      buffer.size++;
      if (buffer.size === capacity) {
        buffer.keepBest(k);
        bar = buffer.score[k - 1];
        cut = true;
      }
    }
    buffer.keepBest(k);
    for (let slot = 0; slot < buffer.size; slot++) out[r * k + slot] = buffer.index[slot];
  }
  return out;
}

/** (score, column) candidates of one row. */
class RowCandidates {
  readonly score: Float64Array;
  readonly index: Int32Array;
  size = 0;
  private readonly order: Int32Array;
  private readonly tmpScore: Float64Array;
  private readonly tmpIndex: Int32Array;

  constructor(capacity: number) {
    this.score = new Float64Array(capacity);
    this.index = new Int32Array(capacity);
    this.order = new Int32Array(capacity);
    this.tmpScore = new Float64Array(capacity);
    this.tmpIndex = new Int32Array(capacity);
  }

  /** Sorts best first (higher score, then lower column) and keeps at most k. */
  keepBest(k: number): void {
    const { score, index, tmpScore, tmpIndex } = this;
    const order = this.order.subarray(0, this.size);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => score[b] - score[a] || index[a] - index[b]);
    const kept = Math.min(k, this.size);
    for (let i = 0; i < kept; i++) {
      tmpScore[i] = score[order[i]];
      tmpIndex[i] = index[order[i]];
    }
    score.set(tmpScore.subarray(0, kept));
    index.set(tmpIndex.subarray(0, kept));
    this.size = kept;
  }
}

export function checkShape(
  where: string,
  length: number,
  rows: number,
  cols: number,
  k: number,
  exclude?: Uint8Array,
): void {
  for (const [name, v] of [
    ['rows', rows],
    ['cols', cols],
    ['k', k],
  ] as const) {
    if (!Number.isInteger(v) || v < 0)
      throw new Error(`${where}: ${name} must be a non-negative integer, got ${v}`);
  }
  if (length !== rows * cols)
    throw new Error(`${where}: scores has ${length} entries, rows * cols is ${rows * cols}`);
  if (k > cols) throw new Error(`${where}: k (${k}) exceeds the number of items (${cols})`);
  if (exclude !== undefined && exclude.length !== rows * cols && exclude.length !== cols) {
    throw new Error(
      `${where}: exclude has ${exclude.length} entries, expected rows * cols or cols`,
    );
  }
}

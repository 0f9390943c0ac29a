/**
 * Per row, the `k` columns with the highest scores, best first (rows × k item ids). Ties go
 * to the lower column; NaN scores rank last. `exclude` (1 = never pick) is either one mask
 * per cell (rows × cols) or one shared by every row (cols). A row with fewer than k allowed
 * columns is padded with -1.
 *
 * Per row, a min-heap of the best k so far: a later column enters only by beating the heap's
 * worst strictly (one that only ties loses on column order), which few do once the heap has
 * settled, so the row costs one comparison per column and a few heap moves.
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
  const heap = new WorstFirstHeap(k);
  const shared = exclude !== undefined && exclude.length === cols && rows !== 1;
  for (let r = 0; r < rows; r++) {
    heap.size = 0;
    const base = r * cols;
    for (let c = 0; c < cols; c++) {
      const raw = scores[base + c]!;
      // The bar first: most columns fail it (NaN always does, as it ranks last).
      if (heap.size === k && !(raw > heap.score[0]!)) continue;
      if (exclude?.[shared ? c : base + c]) continue;
      heap.offer(Number.isNaN(raw) ? Number.NEGATIVE_INFINITY : raw, c);
    }
    heap.drainBestFirst(out, r * k);
  }
  return out;
}

/**
 * At most `capacity` (score, column) pairs with the worst at the root: worse is a lower score,
 * or the same score and a higher column.
 */
export class WorstFirstHeap {
  readonly score: Float64Array;
  readonly index: Int32Array;
  size = 0;
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.score = new Float64Array(capacity);
    this.index = new Int32Array(capacity);
  }

  private worse(a: number, b: number): boolean {
    const sa = this.score[a]!;
    const sb = this.score[b]!;
    return sa < sb || (sa === sb && this.index[a]! > this.index[b]!);
  }

  private swap(a: number, b: number): void {
    const { score, index } = this;
    const s = score[a]!;
    score[a] = score[b]!;
    score[b] = s;
    const i = index[a]!;
    index[a] = index[b]!;
    index[b] = i;
  }

  /** Adds the pair, or when full replaces the worst with it (the caller checked it is better). */
  offer(score: number, column: number): void {
    if (this.size < this.capacity) {
      let at = this.size++;
      this.score[at] = score;
      this.index[at] = column;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!this.worse(at, parent)) break;
        this.swap(at, parent);
        at = parent;
      }
      return;
    }
    this.score[0] = score;
    this.index[0] = column;
    this.siftDown(0);
  }

  private siftDown(from: number): void {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= this.size) return;
      const right = left + 1;
      const child = right < this.size && this.worse(right, left) ? right : left;
      if (!this.worse(child, at)) return;
      this.swap(at, child);
      at = child;
    }
  }

  /** Empties the heap into out[offset..offset+size), best first. */
  drainBestFirst(out: Int32Array, offset: number): void {
    while (this.size > 0) {
      out[offset + this.size - 1] = this.index[0]!;
      this.size--;
      if (this.size > 0) {
        this.score[0] = this.score[this.size]!;
        this.index[0] = this.index[this.size]!;
        this.siftDown(0);
      }
    }
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

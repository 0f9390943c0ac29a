/**
 * Per row, the `k` columns with the highest scores, best first (rows × k item ids). Ties go
 * to the lower column; NaN scores rank last. `exclude` (1 = never pick) is either one mask
 * per cell (rows × cols) or one shared by every row (cols). A row with fewer than k allowed
 * columns is padded with -1.
 *
 * A bounded min-heap per row keeps the best k seen so far: O(cols · log k), no full sort.
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
  const heapScore = new Float64Array(k);
  const heapIndex = new Int32Array(k);
  const shared = exclude !== undefined && exclude.length === cols && rows !== 1;
  for (let r = 0; r < rows; r++) {
    let size = 0;
    const base = r * cols;
    for (let c = 0; c < cols; c++) {
      if (exclude?.[shared ? c : base + c]) continue;
      const raw = scores[base + c];
      const s = Number.isNaN(raw) ? Number.NEGATIVE_INFINITY : raw;
      if (size < k) {
        heapScore[size] = s;
        heapIndex[size] = c;
        siftUp(heapScore, heapIndex, size);
        size++;
      } else if (better(s, c, heapScore[0], heapIndex[0])) {
        heapScore[0] = s;
        heapIndex[0] = c;
        siftDown(heapScore, heapIndex, size);
      }
    }
    // Pop worst first into the back of the row: best ends up first.
    for (let slot = size - 1; slot >= 0; slot--) {
      out[r * k + slot] = heapIndex[0];
      size--;
      heapScore[0] = heapScore[size];
      heapIndex[0] = heapIndex[size];
      siftDown(heapScore, heapIndex, size);
    }
  }
  return out;
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

/** Whether (score a, column ia) ranks above (score b, column ib). */
function better(a: number, ia: number, b: number, ib: number): boolean {
  return a > b || (a === b && ia < ib);
}

// The heap's root is the worst of the kept entries.
function siftUp(score: Float64Array, index: Int32Array, at: number): void {
  let i = at;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!better(score[parent], index[parent], score[i], index[i])) break;
    swap(score, index, i, parent);
    i = parent;
  }
}

function siftDown(score: Float64Array, index: Int32Array, size: number): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let worst = i;
    if (left < size && better(score[worst], index[worst], score[left], index[left])) worst = left;
    if (right < size && better(score[worst], index[worst], score[right], index[right]))
      worst = right;
    if (worst === i) return;
    swap(score, index, i, worst);
    i = worst;
  }
}

function swap(score: Float64Array, index: Int32Array, a: number, b: number): void {
  const s = score[a];
  score[a] = score[b];
  score[b] = s;
  const t = index[a];
  index[a] = index[b];
  index[b] = t;
}

/**
 * For tests only: NNLS min ||A·x − c||², x >= 0, solved on the design matrix itself by trying
 * every support. The optimum is the unconstrained least-squares solution on its own support,
 * so it is the best of the feasible subset solutions. Exponential in the number of columns.
 */
export function bruteForceNnls(
  design: ArrayLike<number>,
  rows: number,
  cols: number,
  target: ArrayLike<number>,
): { x: Float64Array; objective: number } {
  let best: { x: Float64Array; objective: number } = {
    x: new Float64Array(cols),
    objective: objectiveOf(design, rows, cols, target, new Float64Array(cols)),
  };
  for (let mask = 1; mask < 1 << cols; mask++) {
    const support: number[] = [];
    for (let j = 0; j < cols; j++) if (mask & (1 << j)) support.push(j);
    const x = leastSquaresOn(design, rows, cols, target, support);
    if (x === undefined || x.some((v) => v < 0)) continue;
    const objective = objectiveOf(design, rows, cols, target, x);
    if (objective < best.objective) best = { x, objective };
  }
  return best;
}

export function objectiveOf(
  design: ArrayLike<number>,
  rows: number,
  cols: number,
  target: ArrayLike<number>,
  x: ArrayLike<number>,
): number {
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    let fit = 0;
    for (let j = 0; j < cols; j++) fit += design[r * cols + j]! * x[j]!;
    sum += (fit - target[r]!) ** 2;
  }
  return sum;
}

/** Normal equations on the support, by Gauss–Jordan with partial pivoting; undefined if singular. */
function leastSquaresOn(
  design: ArrayLike<number>,
  rows: number,
  cols: number,
  target: ArrayLike<number>,
  support: number[],
): Float64Array | undefined {
  const m = support.length;
  const aug = Array.from({ length: m }, () => new Float64Array(m + 1));
  for (const [p, row] of aug.entries()) {
    const sp = support[p]!;
    for (const [q, sq] of support.entries()) {
      for (let r = 0; r < rows; r++) row[q]! += design[r * cols + sp]! * design[r * cols + sq]!;
    }
    for (let r = 0; r < rows; r++) row[m]! += design[r * cols + sp]! * target[r]!;
  }
  for (let c = 0; c < m; c++) {
    let pivot = c;
    for (let r = c + 1; r < m; r++)
      if (Math.abs(aug[r]![c]!) > Math.abs(aug[pivot]![c]!)) pivot = r;
    const pivotRow = aug[pivot]!;
    if (Math.abs(pivotRow[c]!) < 1e-12) return undefined;
    aug[pivot] = aug[c]!;
    aug[c] = pivotRow;
    for (const [r, row] of aug.entries()) {
      if (r === c) continue;
      const f = row[c]! / pivotRow[c]!;
      for (let q = c; q <= m; q++) row[q]! -= f * pivotRow[q]!;
    }
  }
  const x = new Float64Array(cols);
  for (const [p, s] of support.entries()) x[s] = aug[p]![m]! / aug[p]![p]!;
  return x;
}

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
    for (let j = 0; j < cols; j++) fit += design[r * cols + j] * x[j];
    sum += (fit - target[r]) ** 2;
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
  for (let p = 0; p < m; p++) {
    for (let q = 0; q < m; q++) {
      for (let r = 0; r < rows; r++) {
        aug[p][q] += design[r * cols + support[p]] * design[r * cols + support[q]];
      }
    }
    for (let r = 0; r < rows; r++) aug[p][m] += design[r * cols + support[p]] * target[r];
  }
  for (let c = 0; c < m; c++) {
    let pivot = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(aug[r][c]) > Math.abs(aug[pivot][c])) pivot = r;
    if (Math.abs(aug[pivot][c]) < 1e-12) return undefined;
    [aug[c], aug[pivot]] = [aug[pivot], aug[c]];
    for (let r = 0; r < m; r++) {
      if (r === c) continue;
      const f = aug[r][c] / aug[c][c];
      for (let q = c; q <= m; q++) aug[r][q] -= f * aug[c][q];
    }
  }
  const x = new Float64Array(cols);
  for (let p = 0; p < m; p++) x[support[p]] = aug[p][m] / aug[p][p];
  return x;
}

export interface SolveSpdOptions {
  /**
   * Without it, a pivot that is not positive throws (a caller that built A as positive
   * definite has a bug). With it, a pivot below the floor is raised to it: a Newton step on a
   * nearly flat direction stays finite instead of failing (the linear probe uses 1e-12).
   */
  pivotFloor?: number;
}

/**
 * Solves A·x = b for a symmetric positive-definite n×n matrix A (row-major) by Cholesky
 * factorisation. Only A's lower triangle (j ≤ i) is read, so a caller may fill just that.
 * A and b are left untouched; returns x.
 */
export function solveSpd(
  a: Float64Array,
  b: Float64Array,
  n: number,
  { pivotFloor }: SolveSpdOptions = {},
): Float64Array {
  if (a.length < n * n || b.length < n) {
    throw new RangeError(
      `solveSpd: a must hold n * n = ${n * n} entries and b n = ${n}, got ${a.length} and ${b.length}`,
    );
  }
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      if (i !== j) {
        l[i * n + j] = sum / l[j * n + j]!;
      } else if (pivotFloor !== undefined) {
        l[i * n + i] = Math.sqrt(Math.max(sum, pivotFloor));
      } else {
        if (!(sum > 0)) throw new Error('solveSpd: matrix is not positive definite');
        l[i * n + i] = Math.sqrt(sum);
      }
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * n + k]! * y[k]!;
    y[i] = sum / l[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i]! * x[k]!;
    x[i] = sum / l[i * n + i]!;
  }
  return x;
}

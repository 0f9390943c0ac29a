/**
 * Non-negative least squares from the normal equations: min ||A·x − c||² subject to x >= 0,
 * given only the Gram matrix G = AᵀA (n×n, shared by many problems) and b = Aᵀc, which is the
 * same as min ½·xᵀGx − bᵀx, x >= 0. When A is tall (thousands of items by a few attributes)
 * and only c differs between problems, this costs O(n³) per problem instead of O(rows·n²).
 *
 * The Lawson–Hanson active-set method (Solving Least Squares Problems, 1974, ch. 23), with each
 * least-squares subproblem solved by a Cholesky factorisation of G restricted to the free set.
 * It may start from any x >= 0 whose positive entries solve their own subproblem, such as the
 * previous solution of a nearby problem (warm start): then it typically needs one factorisation.
 */
export class GramNnls {
  readonly n: number;
  private readonly gram: Float64Array;
  private readonly maxIterations: number;
  private readonly gramScale: number;
  // Workspace, reused by every solve.
  private readonly b: Float64Array;
  private readonly x: Float64Array;
  private readonly z: Float64Array;
  private readonly w: Float64Array;
  private readonly free: Uint8Array;
  private readonly index: Int32Array;
  private readonly factor: Float64Array;
  private readonly y: Float64Array;

  constructor(gram: Float64Array, n: number, maxIterations = 3 * n) {
    if (!Number.isInteger(n) || n < 1) {
      throw new RangeError(`GramNnls: n must be a positive integer, got ${n}`);
    }
    if (gram.length !== n * n) {
      throw new RangeError(`GramNnls: gram must hold n * n = ${n * n} entries, got ${gram.length}`);
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < i; j++) {
        if (gram[i * n + j] !== gram[j * n + i]!) {
          throw new RangeError(`GramNnls: gram must be symmetric; [${i}, ${j}] != [${j}, ${i}]`);
        }
      }
    }
    this.n = n;
    this.gram = Float64Array.from(gram);
    this.maxIterations = maxIterations;
    let scale = 0;
    for (let k = 0; k < gram.length; k++) scale = Math.max(scale, Math.abs(gram[k]!));
    this.gramScale = scale;
    this.b = new Float64Array(n);
    this.x = new Float64Array(n);
    this.z = new Float64Array(n);
    this.w = new Float64Array(n);
    this.free = new Uint8Array(n);
    this.index = new Int32Array(n);
    this.factor = new Float64Array(n * n);
    this.y = new Float64Array(n);
  }

  /**
   * Solves for b = rhs[rhsOffset .. +n), writing x to out[outOffset .. +n). On entry
   * out[outOffset ..] is the starting point: zeros for a cold start, or a previous solution
   * (negative entries count as 0). Returns the number of variables freed along the way
   * (0 when the warm start was already optimal).
   */
  solve(rhs: ArrayLike<number>, rhsOffset: number, out: Float64Array, outOffset: number): number {
    const { n, b, x, free } = this;
    if (out.length < outOffset + n) {
      throw new RangeError(
        `GramNnls.solve: out must hold outOffset + n = ${outOffset + n} entries, got ${out.length}`,
      );
    }
    for (let j = 0; j < n; j++) {
      const value = rhs[rhsOffset + j];
      if (value === undefined || !Number.isFinite(value)) {
        throw new RangeError(`GramNnls.solve: rhs[${rhsOffset + j}] must be finite, got ${value}`);
      }
      b[j] = value;
      // A starting value counts only if positive (this also turns NaN into a fixed 0).
      const start = out[outOffset + j]!;
      free[j] = start > 0 ? 1 : 0;
      x[j] = free[j] === 1 ? start : 0;
    }
    let anyFree = false;
    for (let j = 0; j < n; j++) if (free[j] === 1) anyFree = true;
    if (anyFree) this.descend();
    let freed = 0;
    while (freed < this.maxIterations) {
      const t = this.mostViolated();
      if (t < 0) break;
      free[t] = 1;
      freed++;
      this.descend();
    }
    for (let j = 0; j < n; j++) out[outOffset + j] = x[j]!;
    return freed;
  }

  /**
   * The fixed-at-zero variable whose gradient most wants it to grow, or -1 when none does
   * beyond rounding (the KKT conditions hold).
   */
  private mostViolated(): number {
    const { n, gram, b, x, w, free } = this;
    let xMax = 0;
    let bMax = 0;
    for (let j = 0; j < n; j++) {
      xMax = Math.max(xMax, x[j]!);
      bMax = Math.max(bMax, Math.abs(b[j]!));
    }
    const tolerance = 1e-11 * n * (bMax + this.gramScale * xMax * n);
    let best = -1;
    let bestValue = tolerance;
    for (let j = 0; j < n; j++) {
      if (free[j] === 1) continue;
      let gx = 0;
      for (let k = 0; k < n; k++) gx += gram[j * n + k]! * x[k]!;
      const slack = b[j]! - gx;
      w[j] = slack;
      if (slack > bestValue) {
        bestValue = slack;
        best = j;
      }
    }
    return best;
  }

  /**
   * Lawson–Hanson's inner loop: solve on the free set; while that leaves the feasible region,
   * move from x toward it as far as feasibility allows and fix the variables that hit zero.
   */
  private descend(): void {
    const { n, x, z, free } = this;
    for (;;) {
      this.solveFree();
      let alpha = Number.POSITIVE_INFINITY;
      let blocking = -1;
      for (let j = 0; j < n; j++) {
        if (free[j] === 1 && z[j]! <= 0) {
          const step = x[j]! / (x[j]! - z[j]!);
          if (step < alpha) {
            alpha = step;
            blocking = j;
          }
        }
      }
      if (blocking < 0) {
        for (let j = 0; j < n; j++) x[j] = free[j] === 1 ? z[j]! : 0;
        return;
      }
      for (let j = 0; j < n; j++) {
        if (free[j] === 0) continue;
        x[j]! += alpha * (z[j]! - x[j]!);
        if (j === blocking || x[j]! <= 0) {
          x[j] = 0;
          free[j] = 0;
        }
      }
    }
  }

  /** z = argmin on the free set (G_FF z_F = b_F, z elsewhere 0), by Cholesky. */
  private solveFree(): void {
    const { n, gram, b, z, free, index, factor: l, y } = this;
    let m = 0;
    for (let j = 0; j < n; j++) {
      z[j] = 0;
      if (free[j] === 1) index[m++] = j;
    }
    for (let r = 0; r < m; r++) {
      const gr = index[r]! * n;
      for (let c = 0; c <= r; c++) {
        let sum = gram[gr + index[c]!]!;
        for (let k = 0; k < c; k++) sum -= l[r * m + k]! * l[c * m + k]!;
        if (r === c) {
          if (!(sum > 0)) {
            throw new RangeError(
              'GramNnls: the Gram matrix is singular on the free variables (the columns of A are linearly dependent)',
            );
          }
          l[r * m + r] = Math.sqrt(sum);
        } else {
          l[r * m + c] = sum / l[c * m + c]!;
        }
      }
    }
    for (let r = 0; r < m; r++) {
      let sum = b[index[r]!]!;
      for (let k = 0; k < r; k++) sum -= l[r * m + k]! * y[k]!;
      y[r] = sum / l[r * m + r]!;
    }
    for (let r = m - 1; r >= 0; r--) {
      let sum = y[r]!;
      for (let k = r + 1; k < m; k++) sum -= l[k * m + r]! * z[index[k]!]!;
      z[index[r]!] = sum / l[r * m + r]!;
    }
  }
}

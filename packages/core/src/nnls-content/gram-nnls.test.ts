import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { bruteForceNnls } from './brute-force-nnls';
import { GramNnls } from './gram-nnls';

function solve(gram: number[], b: number[], start?: number[]): number[] {
  const n = b.length;
  const x = Float64Array.from(start ?? new Array(n).fill(0));
  new GramNnls(Float64Array.from(gram), n).solve(b, 0, x, 0);
  return [...x];
}

/** Gram matrix and moments of a random tall design with 0/1 entries and count targets. */
function tallProblem(seed: number, rows: number, cols: number) {
  const rng = createRng(seed);
  const design = Float64Array.from({ length: rows * cols }, () => (rng.next() < 0.5 ? 1 : 0));
  const target = Float64Array.from({ length: rows }, () => (rng.next() < 0.3 ? rng.int(4) : 0));
  const gram = new Float64Array(cols * cols);
  const b = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    for (let p = 0; p < cols; p++) {
      b[p]! += design[r * cols + p]! * target[r]!;
      for (let q = 0; q < cols; q++)
        gram[p * cols + q]! += design[r * cols + p]! * design[r * cols + q]!;
    }
  }
  return { design, target, gram, b };
}

describe('GramNnls', () => {
  it('keeps the unconstrained solution when it is feasible', () => {
    // G = [[2, 1], [1, 2]], b = [3, 3]: G x = b at x = (1, 1).
    const x = solve([2, 1, 1, 2], [3, 3]);
    expect(x[0]).toBeCloseTo(1, 12);
    expect(x[1]).toBeCloseTo(1, 12);
  });

  it('fixes a variable at zero when the unconstrained solution is negative', () => {
    // Unconstrained: x = (-1/3, 5/3). With x0 = 0: x1 = b1 / G11 = 1.5, and the gradient
    // of x0, b0 - G01 x1 = 1 - 1.5 < 0, says it should stay at 0.
    const x = solve([2, 1, 1, 2], [1, 3]);
    expect(x[0]).toBe(0);
    expect(x[1]).toBeCloseTo(1.5, 12);
  });

  it('gives zero when every moment is <= 0, and decouples a diagonal Gram', () => {
    expect(solve([2, 1, 1, 2], [-1, 0])).toEqual([0, 0]);
    const x = solve([2, 0, 0, 0, 4, 0, 0, 0, 1], [2, -3, 0.5]);
    expect(x[0]).toBeCloseTo(1, 12);
    expect(x[1]).toBe(0);
    expect(x[2]).toBeCloseTo(0.5, 12);
  });

  it('matches a brute-force NNLS on the design matrix (T-RECS: nnls(A, c))', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { design, target, gram, b } = tallProblem(seed, 40, 6);
      const expected = bruteForceNnls(design, 40, 6, target);
      const x = new Float64Array(6);
      new GramNnls(gram, 6).solve(b, 0, x, 0);
      for (let j = 0; j < 6; j++) expect(x[j]).toBeCloseTo(expected.x[j]!, 9);
    }
  });

  it('reaches the same solution from a warm start as from a cold one', () => {
    const { gram } = tallProblem(3, 60, 8);
    const solver = new GramNnls(gram, 8);
    const rng = createRng(9);
    const b = new Float64Array(8);
    const warm = new Float64Array(8);
    let warmFreed = 0;
    for (let step = 0; step < 30; step++) {
      for (let j = 0; j < 8; j++) b[j]! += rng.next() < 0.5 ? 1 : 0;
      b[step % 8]! -= 1.5;
      warmFreed += solver.solve(b, 0, warm, 0);
      const cold = new Float64Array(8);
      solver.solve(b, 0, cold, 0);
      for (let j = 0; j < 8; j++) expect(warm[j]).toBeCloseTo(cold[j]!, 10);
    }
    // A warm start mostly finds the previous support still optimal: far fewer variables freed.
    expect(warmFreed).toBeLessThan(30 * 3);
  });

  it('reads and writes at offsets, leaving the rest alone', () => {
    const rhs = Float64Array.from([9, 9, 3, 3, 9]);
    const out = Float64Array.from([-5, 0, 0, -5]);
    new GramNnls(Float64Array.from([2, 1, 1, 2]), 2).solve(rhs, 2, out, 1);
    expect(out[0]).toBe(-5);
    expect(out[1]).toBeCloseTo(1, 12);
    expect(out[2]).toBeCloseTo(1, 12);
    expect(out[3]).toBe(-5);
  });

  it('rejects a bad Gram matrix or right-hand side by name', () => {
    expect(() => new GramNnls(Float64Array.from([1, 2, 3]), 2)).toThrow(
      /n \* n = 4 entries, got 3/,
    );
    expect(() => new GramNnls(Float64Array.from([1, 2, 3, 4]), 2)).toThrow(/symmetric/);
    expect(() => new GramNnls(new Float64Array(0), 0)).toThrow(/n must be a positive integer/);
    const solver = new GramNnls(Float64Array.from([1, 1, 1, 1]), 2);
    expect(() => solver.solve([1, Number.NaN], 0, new Float64Array(2), 0)).toThrow(
      /rhs\[1\] must be finite/,
    );
    // Starting with both variables free asks for the inverse of a singular block.
    expect(() => solver.solve([1, 1], 0, Float64Array.from([1, 1]), 0)).toThrow(/singular/);
  });
});

import { describe, expect, it } from 'vitest';
import { createRng } from './create-rng';
import { beta, gamma } from './gamma-beta';
import { sampleDense, sampleSparse } from './internal/partial-fisher-yates';
import { sampleWithoutReplacement } from './sample-without-replacement';
import { shuffleInPlace } from './shuffle';

describe('shuffleInPlace', () => {
  it('returns the same array holding a permutation, reproducibly', () => {
    const a = Int32Array.from({ length: 100 }, (_, i) => i);
    const out = shuffleInPlace(a, createRng(3));
    expect(out).toBe(a);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect([...a]).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
    const b = shuffleInPlace(
      Int32Array.from({ length: 100 }, (_, i) => i),
      createRng(3),
    );
    expect([...b]).toEqual([...a]);
  });

  it('puts each element in each position about equally often', () => {
    const rng = createRng(4);
    const counts = [0, 0, 0, 0];
    for (let t = 0; t < 40_000; t++) {
      const arr = ['a', 'b', 'c', 'd'];
      shuffleInPlace(arr, rng);
      const position = arr.indexOf('a');
      counts[position] = (counts[position] ?? 0) + 1;
    }
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });
});

describe('sampleWithoutReplacement', () => {
  it('returns k distinct values in [0, n)', () => {
    const s = sampleWithoutReplacement(50, 20, createRng(1));
    expect(s).toBeInstanceOf(Int32Array);
    expect(s.length).toBe(20);
    expect(new Set(s).size).toBe(20);
    for (const v of s) expect(v >= 0 && v < 50).toBe(true);
    expect(sampleWithoutReplacement(5, 0, createRng(1)).length).toBe(0);
    expect([...sampleWithoutReplacement(5, 5, createRng(1))].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives the same result through the dense and the sparse path', () => {
    expect([...sampleSparse(1000, 30, createRng(9))]).toEqual([
      ...sampleDense(1000, 30, createRng(9)),
    ]);
    const big = sampleWithoutReplacement(10_000_000, 5, createRng(2));
    expect(new Set(big).size).toBe(5);
  });

  it('includes each value with probability k/n', () => {
    const rng = createRng(6);
    const counts = new Array(10).fill(0);
    for (let t = 0; t < 20_000; t++)
      for (const v of sampleWithoutReplacement(10, 3, rng)) counts[v]++;
    // Expected 20_000 * 3/10 = 6000 each.
    for (const c of counts) expect(Math.abs(c - 6000)).toBeLessThan(300);
  });

  it('names the bad argument', () => {
    expect(() => sampleWithoutReplacement(5, 6, createRng(1))).toThrow(
      /k must be an integer in \[0, n=5\]/,
    );
    expect(() => sampleWithoutReplacement(-1, 0, createRng(1))).toThrow(/n must be/);
  });
});

describe('gamma and beta', () => {
  function moments(draw: () => number, n: number): { mean: number; variance: number } {
    let s = 0;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const x = draw();
      s += x;
      ss += x * x;
    }
    const mean = s / n;
    return { mean, variance: ss / n - mean * mean };
  }

  it('gamma(shape, scale) has mean shape*scale and variance shape*scale^2', () => {
    const rng = createRng(10);
    for (const [shape, scale] of [
      [0.5, 1],
      [2, 1],
      [4, 0.25],
    ] as const) {
      const { mean, variance } = moments(() => gamma(shape, rng, scale), 50_000);
      expect(mean).toBeCloseTo(shape * scale, 1);
      expect(Math.abs(variance - shape * scale * scale) / (shape * scale * scale)).toBeLessThan(
        0.05,
      );
    }
  });

  it('beta(a, b) has mean a/(a+b) and stays in (0, 1)', () => {
    const rng = createRng(12);
    let outside = 0;
    const { mean, variance } = moments(() => {
      const x = beta(2, 5, rng);
      if (!(x > 0 && x < 1)) outside++;
      return x;
    }, 30_000);
    expect(outside).toBe(0);
    expect(Math.abs(mean - 2 / 7)).toBeLessThan(0.005);
    // Var = ab / ((a+b)^2 (a+b+1)) = 10 / (49 * 8)
    expect(Math.abs(variance - 10 / 392)).toBeLessThan(0.0015);
  });

  it('rejects non-positive parameters', () => {
    expect(() => gamma(0, createRng(1))).toThrow(/shape must be a positive number/);
    expect(() => beta(1, -1, createRng(1))).toThrow(/b must be positive/);
  });
});

import { describe, expect, it } from 'vitest';
import { createRng } from './create-rng';
import { Xoshiro128 } from './internal/xoshiro128';
import type { Rng } from './rng';

function draws(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.next());
}

function meanAndVariance(values: Float64Array): { mean: number; variance: number } {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  return { mean, variance: ss / (values.length - 1) };
}

describe('xoshiro128**', () => {
  it('matches the reference C implementation from state (1, 2, 3, 4)', () => {
    // Output of Blackman & Vigna's xoshiro128starstar.c compiled with gcc, same state.
    const rng = new Xoshiro128(1, 2, 3, 4);
    const out = Array.from({ length: 6 }, () => rng.uint32());
    expect(out).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('next() is uint32 / 2^32', () => {
    const a = new Xoshiro128(1, 2, 3, 4);
    const b = new Xoshiro128(1, 2, 3, 4);
    for (let i = 0; i < 10; i++) expect(a.next()).toBe(b.uint32() / 4294967296);
  });
});

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(createRng(42), 50)).toEqual(draws(createRng(42), 50));
    const a = createRng(7);
    const b = createRng(7);
    for (let i = 0; i < 50; i++) expect(a.normal()).toBe(b.normal());
  });

  it('gives different sequences for neighbouring seeds, large seeds and negative seeds', () => {
    const seeds = [0, 1, 2, -1, 2 ** 32, 2 ** 32 + 1, Number.MAX_SAFE_INTEGER];
    const firsts = seeds.map((s) => draws(createRng(s), 4).join(','));
    expect(new Set(firsts).size).toBe(seeds.length);
  });

  it('rejects seeds that are not safe integers, naming the argument', () => {
    expect(() => createRng(1.5)).toThrow(/seed must be a safe integer/);
    expect(() => createRng(Number.NaN)).toThrow(/seed/);
    expect(() => createRng(2 ** 60)).toThrow(/seed/);
  });

  it('next() is uniform on [0, 1): mean 1/2 and variance 1/12 over 1e5 draws', () => {
    const rng = createRng(123);
    const values = new Float64Array(100_000);
    let min = 1;
    let max = 0;
    for (let i = 0; i < values.length; i++) {
      const value = rng.next();
      values[i] = value;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    const { mean, variance } = meanAndVariance(values);
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.0015);
    // Each tenth of the interval holds about a tenth of the draws.
    const bins = new Array(10).fill(0);
    for (const v of values) bins[Math.floor(v * 10)]++;
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('normal() has mean 0, variance 1, kurtosis 3 and uncorrelated consecutive pairs', () => {
    const rng = createRng(99);
    const values = new Float64Array(100_000);
    for (let i = 0; i < values.length; i++) values[i] = rng.normal();
    const { mean, variance } = meanAndVariance(values);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
    let fourth = 0;
    let lagged = 0;
    let previous = 0;
    values.forEach((value, i) => {
      fourth += value ** 4;
      if (i % 2 === 1) lagged += value * previous; // the cached spare and its partner
      previous = value;
    });
    expect(Math.abs(fourth / values.length - 3)).toBeLessThan(0.15);
    expect(Math.abs(lagged / (values.length / 2))).toBeLessThan(0.02);
  });

  it('int(n) stays in [0, n) and hits every value about equally often', () => {
    const rng = createRng(5);
    const counts = new Array(7).fill(0);
    for (let i = 0; i < 70_000; i++) counts[rng.int(7)]++;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(70_000); // no draw fell outside 0..6
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
    expect(rng.int(1)).toBe(0);
    const big = rng.int(2 ** 32);
    expect(big).toBeGreaterThanOrEqual(0);
    expect(big).toBeLessThan(2 ** 32);
  });

  it('int(n) rejects n that is not an integer in [1, 2^32]', () => {
    const rng = createRng(1);
    expect(() => rng.int(0)).toThrow(/n must be an integer/);
    expect(() => rng.int(2.5)).toThrow(/got 2.5/);
    expect(() => rng.int(2 ** 32 + 1)).toThrow(RangeError);
  });
});

describe('fork', () => {
  it('is reproducible and does not advance the parent', () => {
    const parent = createRng(2024);
    const a = draws(parent.fork(3), 20);
    const b = draws(parent.fork(3), 20);
    expect(a).toEqual(b);
    expect(draws(parent, 5)).toEqual(draws(createRng(2024), 5));
  });

  it('gives different streams for different stream numbers, and differs from the parent', () => {
    const parent = createRng(2024);
    const streams = [0, 1, 2, 3, -1, 2 ** 40].map((s) => draws(parent.fork(s), 5).join(','));
    streams.push(draws(createRng(2024), 5).join(','));
    expect(new Set(streams).size).toBe(streams.length);
  });

  it('depends on the parent state: the same stream number after a draw is a different child', () => {
    const parent = createRng(11);
    const before = draws(parent.fork(1), 5);
    parent.next();
    const after = draws(parent.fork(1), 5);
    expect(after).not.toEqual(before);
  });

  it('gives streams that are uncorrelated with each other', () => {
    const parent = createRng(8);
    const a = parent.fork(0);
    const b = parent.fork(1);
    let sum = 0;
    const n = 50_000;
    for (let i = 0; i < n; i++) sum += (a.next() - 0.5) * (b.next() - 0.5);
    // Correlation = sum / n / (1/12); its standard error is about 1/sqrt(n) = 0.0045.
    expect(Math.abs((sum / n) * 12)).toBeLessThan(0.025);
  });

  it('rejects a stream that is not a safe integer', () => {
    expect(() => createRng(1).fork(0.5)).toThrow(/stream must be a safe integer/);
  });
});

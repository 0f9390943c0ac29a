import { createRng } from '@goodhart/random';
import { describe, expect, test } from 'vitest';
import { createDecisionRule } from './decision-rule';
import { randTopK } from './rand-top-k';

describe('randTopK', () => {
  const slates = Int32Array.of(4, 7, 9, /* row 1 */ 1, 2, 3);

  test('share 0 serves the ranker order and marks no row', () => {
    const randomised = new Uint8Array(2).fill(9);
    const out = randTopK(createRng(1), 0)(slates, 2, 3, randomised);
    expect(Array.from(out)).toEqual([4, 7, 9, 1, 2, 3]);
    expect(Array.from(randomised)).toEqual([0, 0]);
  });

  test('share 1 permutes every slate within itself and marks every row', () => {
    const randomised = new Uint8Array(2);
    const out = randTopK(createRng(2), 1)(slates, 2, 3, randomised);
    expect(Array.from(out.subarray(0, 3)).sort()).toEqual([4, 7, 9]);
    expect(Array.from(out.subarray(3)).sort()).toEqual([1, 2, 3]);
    expect(Array.from(randomised)).toEqual([1, 1]);
    expect(Array.from(slates)).toEqual([4, 7, 9, 1, 2, 3]);
  });

  test('empty slots (−1) keep their place', () => {
    const out = randTopK(createRng(3), 1)(Int32Array.of(5, -1, 6), 1, 3);
    expect(out[1]).toBe(-1);
    expect([out[0], out[2]].sort()).toEqual([5, 6]);
  });

  test('a shuffled slate puts each item in each slot with probability 1/k', () => {
    // 30,000 shuffled rows of [0, 1, 2]: each of the 9 (item, slot) counts is Binomial(30,000,
    // 1/3), mean 10,000 and sd 82; 5% (500) is six sd.
    const rows = 30_000;
    const ranked = new Int32Array(rows * 3).map((_, i) => i % 3);
    const out = randTopK(createRng(4), 1)(ranked, rows, 3);
    const count = new Float64Array(9);
    for (let x = 0; x < out.length; x++) count[out[x]! * 3 + (x % 3)]!++;
    for (const c of count) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });

  test('randomises about `share` of the rows', () => {
    // 10,000 rows at share 0.2: Binomial mean 2,000, sd 40.
    const randomised = new Uint8Array(10_000);
    randTopK(createRng(5), 0.2)(new Int32Array(20_000), 10_000, 2, randomised);
    const shuffled = randomised.reduce((a, b) => a + b, 0);
    expect(Math.abs(shuffled - 2_000)).toBeLessThan(200);
  });

  test('names a bad share and a short randomised array', () => {
    expect(() => randTopK(createRng(1), 1.5)).toThrow('randTopK: share must be in [0, 1], got 1.5');
    expect(() => randTopK(createRng(1), 1)(slates, 2, 3, new Uint8Array(1))).toThrow(
      'randTopK: randomised has 1 entries, fewer than 2 rows',
    );
  });

  test('the decision rule serves it as exploration and reports the randomised rows', () => {
    const decide = createDecisionRule({ exploration: { kind: 'rand-top-k', share: 1 } });
    const randomised = new Uint8Array(1);
    const scores = { click: Float32Array.of(0.1, 0.9, 0.5, 0.7) };
    const slate = decide(scores, { rows: 1, cols: 4, k: 2, rng: createRng(6), randomised });
    expect(Array.from(slate).sort()).toEqual([1, 3]);
    expect(randomised[0]).toBe(1);
  });
});

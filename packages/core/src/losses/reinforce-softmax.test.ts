import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { initBackend } from '../backend';
import { gradientOf, evaluateScalar as value } from '../internal/testing';
import { reinforceSoftmax } from './reinforce-softmax';

beforeAll(async () => {
  await initBackend('cpu');
});

describe('reinforceSoftmax', () => {
  // Logits [ln 3, 0]: π₀ = 3 / (3 + 1) = 0.75.
  const s = [[Math.log(3), 0]];

  test('a reward above 0 is the cross-entropy −log π₀', () => {
    expect(value((y, x) => reinforceSoftmax(y, x), [[1, 0]], s)).toBeCloseTo(-Math.log(0.75), 5); // 0.287682
  });

  test('a reward below 0 is the unlikelihood −log(1 − π₀)', () => {
    expect(value((y, x) => reinforceSoftmax(y, x), [[-1, 0]], s)).toBeCloseTo(
      -Math.log(0.25), // 1.386294
      5,
    );
  });

  test('averages over rows, a reward of 0 adding 0, weights selecting rows', () => {
    // Rows: +1 on [ln 3, 0] (0.287682), −1 on [0, 0] (−log 0.5 = 0.693147), 0 (0):
    // mean (0.287682 + 0.693147 + 0) / 3 = 0.326943.
    const labels = [
      [1, 0],
      [-1, 0],
      [0, 0],
    ];
    const logits = [
      [Math.log(3), 0],
      [0, 0],
      [5, -5],
    ];
    expect(value((y, x) => reinforceSoftmax(y, x), labels, logits)).toBeCloseTo(0.326943, 5);
    const weighted = value(
      (y, x, w) => reinforceSoftmax(y, x, { weights: w }),
      labels,
      logits,
      [0, 1, 0],
    );
    expect(weighted).toBeCloseTo(Math.log(2), 5);
  });

  test('negative reinforcement moves mass to the other candidates in proportion to π', () => {
    // Logits [0, ln 2, ln 1] → π = (1/4, 2/4, 1/4). r = −1: ∂ℓ/∂s₀ = π₀ = 0.25,
    // ∂ℓ/∂s_j = −π₀π_j / (1 − π₀): j = 1 → −0.25 · 0.5 / 0.75 = −1/6, j = 2 → −1/12.
    const labels = tf.tensor2d([[-1, 0, 0]]);
    const at = tf.tensor2d([[0, Math.log(2), 0]]);
    const negative = gradientOf((x) => reinforceSoftmax(labels, x), at);
    expect(negative[0]).toBeCloseTo(0.25, 5);
    expect(negative[1]).toBeCloseTo(-1 / 6, 5);
    expect(negative[2]).toBeCloseTo(-1 / 12, 5);
    // r = +1: ∂ℓ/∂s₀ = −(1 − π₀) = −0.75, ∂ℓ/∂s_j = π_j = 0.5, 0.25.
    const positiveLabels = tf.tensor2d([[1, 0, 0]]);
    const positive = gradientOf((x) => reinforceSoftmax(positiveLabels, x), at);
    expect(positive[0]).toBeCloseTo(-0.75, 5);
    expect(positive[1]).toBeCloseTo(0.5, 5);
    expect(positive[2]).toBeCloseTo(0.25, 5);
    tf.dispose([labels, positiveLabels, at]);
  });

  test('stays finite where π₀ is 1 to float precision', () => {
    const labels = tf.tensor2d([[-1, 0, 0]]);
    const at = tf.tensor2d([[80, -80, 0]]);
    const g = gradientOf((x) => reinforceSoftmax(labels, x), at);
    for (const v of g) expect(Number.isFinite(v)).toBe(true);
    // −log(1 − π₀) = logsumexp(80, −80, 0) − logsumexp(−80, 0) ≈ 80 − 0 = 80.
    expect(value((y, x) => reinforceSoftmax(y, x), [[-1, 0, 0]], [[80, -80, 0]])).toBeCloseTo(
      80,
      3,
    );
    tf.dispose([labels, at]);
  });

  test('needs two candidates', () => {
    expect(() => value((y, x) => reinforceSoftmax(y, x), [[1]], [[0]])).toThrow(
      'reinforceSoftmax: needs at least 2 candidates per row, got 1',
    );
  });
});

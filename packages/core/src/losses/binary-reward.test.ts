import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { initBackend } from '../backend';
import { gradientOf, evaluateScalar as value } from '../internal/testing';
import { binaryCrossEntropy } from './binary-cross-entropy';
import { binaryReward } from './binary-reward';
import { binaryRewardBrier } from './binary-reward-brier';
import { lossFamily } from './loss-families';
import { getLoss } from './registry';
import type { LossFunction } from './types';

beforeAll(async () => {
  await initBackend('cpu');
});

// σ(0) = 0.5 against 1 and σ(ln 3) = 0.75 against 0.
const labels = [1, 0];
const logits = [0, Math.log(3)];

describe('binaryReward', () => {
  test('is the mean |y − p| worked out by hand', () => {
    // (|1 − 0.5| + |0 − 0.75|) / 2
    expect(value((y, x) => binaryReward(y, x), labels, logits)).toBeCloseTo(0.625, 6);
  });
  test('weights select rows', () => {
    const v = value((y, x, w) => binaryReward(y, x, { weights: w }), labels, logits, [0, 1]);
    expect(v).toBeCloseTo(0.75, 6);
  });
  test('costs 1 for a confidently wrong answer, not more', () => {
    expect(value((y, x) => binaryReward(y, x), [1, 0], [-40, 40])).toBeCloseTo(1, 6);
  });
  test('its gradient is (1 − 2y)·p(1 − p) per example, over n', () => {
    const gradient = gradientOf((x) => binaryReward(tf.tensor1d(labels), x), tf.tensor1d(logits));
    // −0.25 / 2 and +0.75·0.25 / 2
    expect(gradient[0]).toBeCloseTo(-0.125, 6);
    expect(gradient[1]).toBeCloseTo(0.09375, 6);
  });
});

describe('binaryRewardBrier', () => {
  test('adds λ·(y − p)² worked out by hand', () => {
    // 0.625 + 2 × (0.25 + 0.5625) / 2
    const v = value((y, x) => binaryRewardBrier(y, x, { lambda: 2 }), labels, logits);
    expect(v).toBeCloseTo(1.4375, 6);
  });
  test('λ defaults to 1, and λ = 0 is the binary reward alone', () => {
    expect(value((y, x) => binaryRewardBrier(y, x), labels, logits)).toBeCloseTo(1.03125, 6);
    const zero = value((y, x) => binaryRewardBrier(y, x, { lambda: 0 }), labels, logits);
    expect(zero).toBeCloseTo(0.625, 6);
  });
  test('rejects a negative λ by name', () => {
    expect(() => value((y, x) => binaryRewardBrier(y, x, { lambda: -1 }), [1], [0])).toThrow(
      'binaryRewardBrier: options.lambda must be >= 0, got -1',
    );
  });
});

/**
 * The prediction p (on a grid of 0.01 … 0.99) that minimises the expected loss of an example
 * that is positive with probability 0.7: a weight of 0.7 on label 1 and 0.3 on label 0.
 */
function bestPrediction(loss: LossFunction): number {
  let best = { p: Number.NaN, loss: Number.POSITIVE_INFINITY };
  for (let k = 1; k <= 99; k++) {
    const p = k / 100;
    const x = Math.log(p / (1 - p));
    const v = value((y, l, w) => loss(y, l, { weights: w }), [1, 0], [x, x], [0.7, 0.3]);
    if (v < best.loss - 1e-9) best = { p, loss: v };
  }
  return best.p;
}

describe('where each loss puts its optimum for P(y = 1) = 0.7', () => {
  test('the binary reward is improper: it pushes to the edge', () => {
    expect(bestPrediction(binaryReward)).toBe(0.99);
  });
  test('a Brier term pulls it to q + (2q − 1)/(2λ): 0.9 at λ = 1, 0.75 at λ = 4', () => {
    const withLambda =
      (lambda: number): LossFunction =>
      (y, x, o) =>
        binaryRewardBrier(y, x, { ...o, lambda });
    expect(bestPrediction(withLambda(1))).toBeCloseTo(0.9, 10);
    expect(bestPrediction(withLambda(4))).toBeCloseTo(0.75, 10);
  });
  test('BCE, a proper scoring rule, has it at the true probability', () => {
    expect(bestPrediction(binaryCrossEntropy)).toBeCloseTo(0.7, 10);
  });
});

test('both are registered as logit losses by name', () => {
  expect(getLoss('binary-reward')).toBe(binaryReward);
  expect(getLoss('binary-reward-brier')).toBe(binaryRewardBrier);
  expect(lossFamily('binary-reward')).toBe('logit');
  expect(lossFamily('binary-reward-brier')).toBe('logit');
});

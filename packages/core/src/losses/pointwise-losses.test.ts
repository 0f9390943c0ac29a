import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { initBackend } from '../backend';
import { expectNoLeakedTensors, gradientOf, evaluateScalar as value } from '../internal/testing';
import { bceBrier } from './bce-brier';
import { binaryCrossEntropy } from './binary-cross-entropy';
import { brier } from './brier';
import { durationDebiasedWatchTime, durationQuantileTarget } from './duration-debiased-watch-time';
import { focal } from './focal';
import { huber } from './huber';
import { ipwBinaryCrossEntropy } from './ipw-binary-cross-entropy';
import { meanSquaredError } from './mean-squared-error';
import type { LossFunction, LossOptions } from './types';
import { weightedBinaryCrossEntropy } from './weighted-binary-cross-entropy';

beforeAll(async () => {
  await initBackend('cpu');
});

// Labels [1, 0, 1, 0] and logits [0, 2, −3, −1]: softplus(x) − y·x per example is
// ln 2, softplus(2), 3 + softplus(−3), softplus(−1); their mean is 1.5454811.
const y4 = [1, 0, 1, 0];
const x4 = [0, 2, -3, -1];

describe('binaryCrossEntropy', () => {
  test('matches softplus(x) − y·x worked out by hand', () => {
    expect(value((y, x) => binaryCrossEntropy(y, x), y4, x4)).toBeCloseTo(1.5454811, 5);
  });
  test('weights select rows', () => {
    const v = value((y, x, w) => binaryCrossEntropy(y, x, { weights: w }), y4, x4, [1, 0, 1, 0]);
    expect(v).toBeCloseTo(1.8708673, 5);
  });
  test('stays finite and exact for huge logits', () => {
    expect(value((y, x) => binaryCrossEntropy(y, x), [1, 0], [100, -100])).toBeCloseTo(0, 6);
    expect(value((y, x) => binaryCrossEntropy(y, x), [1], [-100])).toBeCloseTo(100, 3);
  });
  test('names the mismatched shapes', () => {
    expect(() => value((y, x) => binaryCrossEntropy(y, x), [1, 0], [0])).toThrow(
      'binaryCrossEntropy: labels shape [2] does not match predictions shape [1]',
    );
  });
});

describe('weightedBinaryCrossEntropy', () => {
  const wbce = (options: LossOptions) => (y: tf.Tensor, x: tf.Tensor) =>
    weightedBinaryCrossEntropy(y, x, options);
  test('positives carry cFN, negatives cFP', () => {
    expect(value(wbce({ cFP: 1, cFN: 4 }), y4, x4)).toBeCloseTo(4.351782, 5);
  });
  test('class weights are the same thing by another name', () => {
    const v = value(wbce({ classWeights: { positive: 4, negative: 1 } }), y4, x4);
    expect(v).toBeCloseTo(4.351782, 5);
  });
  test('equal unit costs give plain BCE', () => {
    expect(value(wbce({ cFP: 1, cFN: 1 }), y4, x4)).toBeCloseTo(1.5454811, 5);
  });
  test('rejects missing, negative or doubled costs', () => {
    expect(() => value(wbce({}), [1], [0])).toThrow(/cFP and options.cFN/);
    expect(() => value(wbce({ cFP: -1, cFN: 1 }), [1], [0])).toThrow(
      'weightedBinaryCrossEntropy: options.cFP must be >= 0, got -1',
    );
    const both = { cFP: 1, classWeights: { positive: 1, negative: 1 } };
    expect(() => value(wbce(both), [1], [0])).toThrow(/not both/);
  });
});

describe('brier and bceBrier', () => {
  // σ(0) = 0.5 against 1 and σ(ln 3) = 0.75 against 0: (0.25 + 0.5625) / 2.
  const x = [0, Math.log(3)];
  test('brier', () => {
    expect(value((y, p) => brier(y, p), [1, 0], x)).toBeCloseTo(0.40625, 6);
  });
  test('bce + λ·brier', () => {
    // BCE: (ln 2 + ln 4) / 2; plus 2 × 0.40625.
    expect(value((y, p) => bceBrier(y, p, { lambda: 2 }), [1, 0], x)).toBeCloseTo(1.8522208, 5);
  });
});

describe('focal', () => {
  const x = [0, Math.log(3)];
  test('down-weights easy examples by (1 − p_t)^γ', () => {
    // p_t = 0.5 and 0.25: (0.25·ln 2 + 0.5625·ln 4) / 2
    expect(value((y, p) => focal(y, p), [1, 0], x)).toBeCloseTo(0.4765387, 5);
  });
  test('α weights positives by α and negatives by 1 − α', () => {
    expect(value((y, p) => focal(y, p, { alpha: 0.25 }), [1, 0], x)).toBeCloseTo(0.3140823, 5);
  });
  test('γ = 0 without α is BCE', () => {
    expect(value((y, p) => focal(y, p, { gamma: 0 }), y4, x4)).toBeCloseTo(1.5454811, 5);
  });
});

describe('regression losses', () => {
  test('mse', () => {
    expect(value((y, p) => meanSquaredError(y, p), [1, 2, 3], [1.5, 2, 1])).toBeCloseTo(
      4.25 / 3,
      6,
    );
  });
  test('huber is quadratic inside δ and linear outside', () => {
    // errors 0.5, 0, 2 → 0.125, 0, 1·(2 − 0.5)
    expect(value((y, p) => huber(y, p), [1, 2, 3], [1.5, 2, 1])).toBeCloseTo(1.625 / 3, 6);
    expect(() => value((y, p) => huber(y, p, { delta: 0 }), [1], [1])).toThrow(
      'huber: options.delta must be > 0, got 0',
    );
  });
});

describe('durationDebiasedWatchTime', () => {
  test('completion target: watch time over duration, clipped to 1', () => {
    // targets 0.5, 1, 0.25 against logits 0, 1, −1
    const v = value(
      (w, x, d) => durationDebiasedWatchTime(w, x, { duration: d }),
      [30, 120, 10],
      [0, 1, -1],
      [60, 100, 40],
    );
    expect(v).toBeCloseTo(0.5232235, 5);
  });
  test('quantile target ranks watch time only among items of similar length', () => {
    const watch = tf.tensor1d([10, 20, 30, 40]);
    const duration = tf.tensor1d([100, 100, 10, 10]);
    const q = expectNoLeakedTensors(() =>
      tf.tidy(() => Array.from(durationQuantileTarget(watch, duration, 2).dataSync())),
    );
    tf.dispose([watch, duration]);
    // Long items (10 s and 20 s watched) and short ones (30 s, 40 s) get the same targets.
    expect(q).toEqual([0.25, 0.75, 0.25, 0.75]);
  });
  test('the quantile loss is BCE against those targets', () => {
    const v = value(
      (w, x, d) => durationDebiasedWatchTime(w, x, { duration: d, target: 'quantile', buckets: 2 }),
      [10, 20, 30, 40],
      [0, 0, 0, 0],
      [100, 100, 10, 10],
    );
    expect(v).toBeCloseTo(Math.log(2), 5);
  });
  test('requires durations', () => {
    expect(() => value((w, x) => durationDebiasedWatchTime(w, x), [1], [0])).toThrow(
      'durationDebiasedWatchTime: options.duration is required',
    );
  });
});

describe('ipwBinaryCrossEntropy', () => {
  const ipw = (y: tf.Tensor, x: tf.Tensor, p: tf.Tensor) =>
    ipwBinaryCrossEntropy(y, x, { propensity: p });
  test('BCE against c/θ with θ floored at minPropensity, its negative part clipped at 0', () => {
    // c/θ = 2, 0, 10 (θ = 0.05 floored to 0.1); logits 1, 1, −1.
    // positive part: (2·softplus(−1) + 0 + 10·softplus(1)) / 3 = (0.6265234 + 13.132617) / 3
    //   = 4.5863801; negative part: (−1·softplus(1) + 1·softplus(1) − 9·softplus(−1)) / 3
    //   = −0.9397851 < 0, clipped to 0 (unclipped, the loss was 3.646595).
    expect(value(ipw, [1, 0, 1], [1, 1, -1], [0.5, 0.5, 0.05])).toBeCloseTo(4.5863801, 4);
  });
  test('a non-negative negative part is kept: the unbiased IPS estimate itself', () => {
    // c/θ = 2, 0; logits 0, 2: positive (2·ln 2 + 0) / 2 = 0.6931472; negative
    // (−1·ln 2 + 1·softplus(2)) / 2 = (−0.6931472 + 2.1269280) / 2 = 0.7168904.
    expect(value(ipw, [1, 0], [0, 2], [0.5, 1])).toBeCloseTo(1.4100376, 5);
  });
  test('is bounded below by 0 where the unclipped estimate runs to −∞', () => {
    // c/θ = 10 at logit 50: unclipped 10·softplus(−50) − 9·softplus(50) ≈ −450.
    const v = value(ipw, [1], [50], [0.1]);
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeCloseTo(0, 6);
  });
  test('propensity 1 everywhere is plain BCE', () => {
    expect(value(ipw, y4, x4, [1, 1, 1, 1])).toBeCloseTo(1.5454811, 5);
  });
  test('requires a propensity per example', () => {
    expect(() => value(ipw, [1, 0], [0, 0], [1])).toThrow(
      'ipwBinaryCrossEntropy: options.propensity shape [1] must be [2]',
    );
  });
});

describe('every pointwise loss', () => {
  const losses: Array<[string, LossFunction, () => LossOptions]> = [
    ['bce', binaryCrossEntropy, () => ({})],
    ['weighted-bce', weightedBinaryCrossEntropy, () => ({ cFP: 1, cFN: 5 })],
    ['brier', brier, () => ({})],
    ['bce-brier', bceBrier, () => ({})],
    ['focal', focal, () => ({ alpha: 0.25 })],
    ['ipw-bce', ipwBinaryCrossEntropy, () => ({ propensity: tf.tensor1d([0.3, 1, 0.01, 0.6]) })],
    ['mse', meanSquaredError, () => ({})],
    ['huber', huber, () => ({})],
    [
      'duration-debiased',
      durationDebiasedWatchTime,
      () => ({ duration: tf.tensor1d([10, 20, 30, 40]) }),
    ],
  ];
  test.each(losses)(
    '%s has finite gradients at extreme logits and leaks nothing',
    (_n, loss, options) => {
      const labels = tf.tensor1d([1, 0, 1, 0]);
      const logits = tf.tensor1d([60, -60, -60, 60]);
      const opts = options();
      const gradient = gradientOf((x) => loss(labels, x, opts), logits);
      for (const g of gradient) expect(Number.isFinite(g)).toBe(true);
      expect(gradient.some((g) => g !== 0)).toBe(true);
      tf.dispose([labels, logits, opts.propensity, opts.duration].filter((x) => x !== undefined));
    },
  );
});

import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { initBackend } from '../backend';
import { gradientOf, evaluateScalar as value } from '../internal/testing';
import { bpr } from './bpr';
import { lossFamily, lossNames } from './loss-families';
import { multiObjective } from './multi-objective';
import { getLoss } from './registry';
import { sampledSoftmax } from './sampled-softmax';

beforeAll(async () => {
  await initBackend('cpu');
});

describe('bpr', () => {
  test('averages softplus(s_neg − s_pos) over the pairs in each row', () => {
    // pairs (pos 2 vs 1) and (pos 2 vs 3): softplus(−1) and softplus(1)
    expect(value((y, s) => bpr(y, s), [[1, 0, 0]], [[2, 1, 3]])).toBeCloseTo(0.8132617, 5);
  });
  test('row weights drop rows', () => {
    const v = value(
      (y, s, w) => bpr(y, s, { weights: w }),
      [
        [1, 0, 0],
        [1, 0, 0],
      ],
      [
        [2, 1, 3],
        [0, 9, 9],
      ],
      [1, 0],
    );
    expect(v).toBeCloseTo(0.8132617, 5);
  });
  test('needs [rows, candidates]', () => {
    expect(() => value((y, s) => bpr(y, s), [1, 0], [1, 0])).toThrow(
      'bpr: labels and predictions must be [rows, candidates], got rank 1',
    );
  });
});

describe('sampledSoftmax', () => {
  test('is cross-entropy of the positive against its candidates', () => {
    // −log(e² / (e² + e + 1))
    expect(value((y, s) => sampledSoftmax(y, s), [[1, 0, 0]], [[2, 1, 0]])).toBeCloseTo(
      0.407606,
      5,
    );
  });
  test('subtracts log Q from each logit', () => {
    // logits become 2, 1, 1: −log(e² / (e² + 2e))
    const v = value(
      (y, s, q) => sampledSoftmax(y, s, { logQ: q }),
      [[1, 0, 0]],
      [[2, 1, 0]],
      [0, 0, -1],
    );
    expect(v).toBeCloseTo(0.5514447, 5);
  });
  test('gradients are finite and leak nothing', () => {
    const labels = tf.tensor2d([
      [1, 0, 0],
      [0, 1, 0],
    ]);
    const scores = tf.tensor2d([
      [80, -80, 0],
      [0, 0, 0],
    ]);
    for (const loss of [sampledSoftmax, bpr]) {
      const g = gradientOf((x) => loss(labels, x), scores);
      for (const v of g) expect(Number.isFinite(v)).toBe(true);
      expect(g.some((v) => v !== 0)).toBe(true);
    }
    tf.dispose([labels, scores]);
  });
});

describe('multiObjective', () => {
  test('is the weighted sum of each head’s loss', () => {
    const v = value(
      (cy, cx, wy, wx) =>
        multiObjective(
          { click: cy, watchTime: wy },
          { click: cx, watchTime: wx },
          { click: { loss: 'bce' }, watchTime: { loss: 'mse', weight: 0.5 } },
        ),
      [1, 0, 1, 0],
      [0, 2, -3, -1],
      [1, 2, 3],
      [1.5, 2, 1],
    );
    expect(v).toBeCloseTo(1.5454811 + 0.5 * (4.25 / 3), 5);
  });
  test('names a missing head', () => {
    expect(() =>
      value((x) => multiObjective({}, { click: x }, { click: { loss: 'bce' } }), [0]),
    ).toThrow('multiObjective: labels.click is missing');
  });
});

describe('registry', () => {
  test('knows every loss and says which when a name is wrong', () => {
    expect(lossNames).toEqual([
      'bce',
      'weighted-bce',
      'brier',
      'bce-brier',
      'binary-reward',
      'binary-reward-brier',
      'focal',
      'ipw-bce',
      'mse',
      'huber',
      'duration-debiased',
      'bpr',
      'sampled-softmax',
      'reinforce-softmax',
    ]);
    expect(() => getLoss('hinge')).toThrow(`unknown loss "hinge"; known: ${lossNames.join(', ')}`);
    expect(() => getLoss('toString')).toThrow(/unknown loss "toString"/);
    expect(lossFamily('bpr')).toBe('ranking');
    expect(lossFamily('huber')).toBe('regression');
  });
});

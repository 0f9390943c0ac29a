import { getLoss, initBackend, type LossOptions } from '@goodhart/core';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifierLossNames } from '../../spec/offline-arm-schema';
import { logitLoss, sigmoid, softplus } from './logit-losses';

beforeAll(async () => {
  await initBackend('cpu');
});

// σ(0) = 0.5, σ(2) = 0.8807971, σ(2)(1 − σ(2)) = 0.1049936, softplus(2) = 2.1269280.
describe('logit losses, worked by hand', () => {
  it('bce: softplus(z) − yz, derivative σ(z) − y', () => {
    const bce = logitLoss('bce');
    expect(bce.value(1, 0)).toBeCloseTo(Math.LN2, 12); // ln 2 = 0.6931472
    expect(bce.derivative(1, 0)).toBeCloseTo(-0.5, 12);
    expect(bce.value(0, 2)).toBeCloseTo(2.126928, 6);
    expect(bce.derivative(0, 2)).toBeCloseTo(0.8807971, 6);
  });

  it('weighted-bce weighs positives and negatives', () => {
    const weighted = logitLoss('weighted-bce', { classWeights: { positive: 3, negative: 0.5 } });
    expect(weighted.value(1, 0)).toBeCloseTo(3 * Math.LN2, 12); // 2.0794415
    expect(weighted.derivative(1, 0)).toBeCloseTo(-1.5, 12); // −3 · (1 − 0.5)
    expect(weighted.value(0, 2)).toBeCloseTo(1.063464, 6); // 0.5 · 2.1269280
    expect(weighted.derivative(0, 2)).toBeCloseTo(0.4403985, 6); // 0.5 · 0.8807971
    expect(() => logitLoss('weighted-bce')).toThrow('weighted-bce needs options.classWeights');
  });

  it('brier: (σ − y)², derivative 2(σ − y)σ(1 − σ)', () => {
    const brier = logitLoss('brier');
    expect(brier.value(1, 0)).toBeCloseTo(0.25, 12);
    expect(brier.derivative(1, 0)).toBeCloseTo(-0.25, 12); // 2 · (−0.5) · 0.25
    expect(brier.value(0, 2)).toBeCloseTo(0.7758035, 6); // 0.8807971²
    expect(brier.derivative(0, 2)).toBeCloseTo(0.1849561, 6); // 2 · 0.8807971 · 0.1049936
  });

  it('binary reward: the expected 0-1 loss, flat in confidence once the answer is right', () => {
    const reward = logitLoss('binary-reward');
    expect(reward.value(1, 0)).toBeCloseTo(0.5, 12);
    expect(reward.derivative(1, 0)).toBeCloseTo(-0.25, 12); // (1 − 2) · 0.25
    expect(reward.value(0, 2)).toBeCloseTo(0.8807971, 6);
    expect(reward.derivative(0, 2)).toBeCloseTo(0.1049936, 6);
    // λ = 2: 0.5 + 2 · 0.25 = 1, derivative −0.25 + 2 · (−0.25) = −0.75.
    const withBrier = logitLoss('binary-reward-brier', { lambda: 2 });
    expect(withBrier.value(1, 0)).toBeCloseTo(1, 12);
    expect(withBrier.derivative(1, 0)).toBeCloseTo(-0.75, 12);
    // bce-brier at λ = 1: ln 2 + 0.25 = 0.9431472.
    expect(logitLoss('bce-brier').value(1, 0)).toBeCloseTo(0.9431472, 6);
  });

  it('stays finite for huge logits and names the known losses', () => {
    expect(softplus(800)).toBe(800);
    expect(softplus(-800)).toBe(0);
    expect(sigmoid(-800)).toBe(0);
    expect(logitLoss('bce').value(1, -100)).toBeCloseTo(100, 9);
    expect(() => logitLoss('focal')).toThrow(
      /unknown logit loss "focal"; known: bce, weighted-bce/,
    );
  });
});

// Labels and logits covering both classes, confident and hesitant, right and wrong.
const labels = [1, 0, 1, 0, 1, 0];
const logits = [0, 2, -3, -1, 4.5, 0.3];

function coreLossAndGradient(name: string, options: LossOptions): [number, number[]] {
  const loss = getLoss(name);
  return tf.tidy(() => {
    const y = tf.tensor1d(labels);
    const x = tf.tensor1d(logits);
    const value = loss(y, x, options).dataSync()[0] ?? Number.NaN;
    const gradient = tf.grad((z: tf.Tensor) => loss(y, z, options))(x);
    return [value, Array.from(gradient.dataSync())];
  });
}

describe("the plain-array twins of core's losses", () => {
  const weights = { positive: 2.5, negative: 0.4 };
  it.each(classifierLossNames)('%s has the value and gradient of core’s loss', (name) => {
    const coreOptions: LossOptions =
      name === 'weighted-bce' ? { classWeights: weights } : { lambda: 1.5 };
    const twin = logitLoss(name, { classWeights: weights, lambda: 1.5 });
    const [value, gradient] = coreLossAndGradient(name, coreOptions);
    const mean = labels.reduce((sum, y, r) => sum + twin.value(y, logits[r]!), 0) / labels.length;
    expect(mean).toBeCloseTo(value, 5);
    // core's loss is a mean, so each row's gradient is the derivative over the row count.
    labels.forEach((y, r) => {
      expect(twin.derivative(y, logits[r]!) / labels.length).toBeCloseTo(gradient[r]!, 5);
    });
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { checkPair, checkTensorOption, weightedMean } from './check';
import type { LossOptions } from './types';

export type BinaryRewardOptions = Pick<LossOptions, 'weights'>;

/**
 * Per-example expected 0-1 loss of an answer drawn at random with P(answer = 1) = σ(x):
 * y·(1 − p) + (1 − y)·p, which is |y − p| for a 0/1 label. The negative of a correctness
 * reward: a wrong answer costs 1 however confidently it was given.
 */
export function binaryRewardFromLogits(labels: tf.Tensor, logits: tf.Tensor): tf.Tensor {
  const p = tf.sigmoid(logits);
  return tf.add(tf.mul(labels, tf.sub(tf.scalar(1), p)), tf.mul(tf.sub(tf.scalar(1), labels), p));
}

/**
 * The binary (correctness) reward as a loss, from logits: mean of |y − σ(x)|. An improper
 * scoring rule: for an example that is positive with probability q the expected loss is
 * q + p·(1 − 2q), linear in p, so it is lowest at p = 1 when q > ½ and at p = 0 when q < ½.
 * Minimising it rewards confident guessing, never calibrated probabilities.
 */
export function binaryReward(
  labels: tf.Tensor,
  logits: tf.Tensor,
  options: BinaryRewardOptions = {},
): tf.Scalar {
  return tf.tidy(() => {
    const [y, x] = checkPair('binaryReward', labels, logits);
    const weights = checkTensorOption('binaryReward', 'weights', options.weights, y.shape);
    return weightedMean(binaryRewardFromLogits(y, x), weights);
  });
}

import * as tf from '@tensorflow/tfjs-core';
import { binaryRewardFromLogits } from './binary-reward';
import { brierFromLogits } from './brier';
import { checkPair, checkTensorOption, numberOption, weightedMean } from './check';
import type { LossOptions } from './types';

export type BinaryRewardBrierOptions = Pick<LossOptions, 'weights' | 'lambda'>;

/**
 * The binary reward plus a Brier term, from logits: mean of |y − p| + λ·(y − p)², p = σ(x),
 * λ defaulting to 1. For an example positive with probability q the expected loss is lowest
 * at p* = q + (2q − 1)/(2λ) (clipped to [0, 1]): the Brier term pulls the optimum from 0 or 1
 * toward q, all the way as λ grows. At λ = 1, q = 0.7 still gives p* = 0.9.
 */
export function binaryRewardBrier(
  labels: tf.Tensor,
  logits: tf.Tensor,
  options: BinaryRewardBrierOptions = {},
): tf.Scalar {
  return tf.tidy(() => {
    const [y, x] = checkPair('binaryRewardBrier', labels, logits);
    const weights = checkTensorOption('binaryRewardBrier', 'weights', options.weights, y.shape);
    const lambda = numberOption('binaryRewardBrier', 'lambda', options.lambda, 1, { min: 0 });
    const perExample = tf.add(
      binaryRewardFromLogits(y, x),
      tf.mul(tf.scalar(lambda), brierFromLogits(y, x)),
    );
    return weightedMean(perExample, weights);
  });
}

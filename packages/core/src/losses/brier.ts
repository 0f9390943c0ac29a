import * as tf from '@tensorflow/tfjs-core';
import { checkPair, checkTensorOption, weightedMean } from './check';
import type { LossOptions } from './types';

export type BrierOptions = Pick<LossOptions, 'weights'>;

/** Squared error of the probability σ(x) against the label; a proper scoring rule. */
export function brierFromLogits(labels: tf.Tensor, logits: tf.Tensor): tf.Tensor {
  return tf.square(tf.sub(tf.sigmoid(logits), labels));
}

/** Brier score from logits: mean of (σ(x) − y)². */
export function brier(labels: tf.Tensor, logits: tf.Tensor, options: BrierOptions = {}): tf.Scalar {
  return tf.tidy(() => {
    const [y, x] = checkPair('brier', labels, logits);
    const weights = checkTensorOption('brier', 'weights', options.weights, y.shape);
    return weightedMean(brierFromLogits(y, x), weights);
  });
}

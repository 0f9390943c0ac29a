import * as tf from '@tensorflow/tfjs-core';
import { checkPair, checkTensorOption, weightedMean } from './check';
import type { LossOptions } from './types';

export type BinaryCrossEntropyOptions = Pick<LossOptions, 'weights'>;

/**
 * Per-example cross-entropy from logits: −y·log σ(x) − (1−y)·log(1−σ(x)) = softplus(x) − y·x.
 * softplus never forms σ(x) or its log, so large |x| neither overflows nor loses the tail.
 */
export function bceFromLogits(labels: tf.Tensor, logits: tf.Tensor): tf.Tensor {
  return tf.sub(tf.softplus(logits), tf.mul(labels, logits));
}

/** Binary cross-entropy from logits (labels in [0, 1]; soft labels allowed). */
export function binaryCrossEntropy(
  labels: tf.Tensor,
  logits: tf.Tensor,
  options: BinaryCrossEntropyOptions = {},
): tf.Scalar {
  return tf.tidy(() => {
    const [y, x] = checkPair('binaryCrossEntropy', labels, logits);
    const weights = checkTensorOption('binaryCrossEntropy', 'weights', options.weights, y.shape);
    return weightedMean(bceFromLogits(y, x), weights);
  });
}

import * as tf from '@tensorflow/tfjs-core';
import { bceFromLogits } from './binary-cross-entropy';
import { brierFromLogits } from './brier';
import { checkPair, checkTensorOption, numberOption, weightedMean } from './check';
import type { LossOptions } from './types';

export type BceBrierOptions = Pick<LossOptions, 'weights' | 'lambda'>;

/** BCE + λ·Brier from logits (λ defaults to 1): the calibration scenario's remedy. */
export function bceBrier(
  labels: tf.Tensor,
  logits: tf.Tensor,
  options: BceBrierOptions = {},
): tf.Scalar {
  return tf.tidy(() => {
    const [y, x] = checkPair('bceBrier', labels, logits);
    const weights = checkTensorOption('bceBrier', 'weights', options.weights, y.shape);
    const lambda = numberOption('bceBrier', 'lambda', options.lambda, 1, { min: 0 });
    const perExample = tf.add(
      bceFromLogits(y, x),
      tf.mul(tf.scalar(lambda), brierFromLogits(y, x)),
    );
    return weightedMean(perExample, weights);
  });
}

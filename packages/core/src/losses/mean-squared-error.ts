import * as tf from '@tensorflow/tfjs-core';
import { checkPair, checkTensorOption, weightedMean } from './check';
import type { LossOptions } from './types';

export type MeanSquaredErrorOptions = Pick<LossOptions, 'weights'>;

/** Mean squared error of raw predictions (a regression loss, e.g. for watch time). */
export function meanSquaredError(
  labels: tf.Tensor,
  predictions: tf.Tensor,
  options: MeanSquaredErrorOptions = {},
): tf.Scalar {
  return tf.tidy(() => {
    const [y, p] = checkPair('meanSquaredError', labels, predictions);
    const weights = checkTensorOption('meanSquaredError', 'weights', options.weights, y.shape);
    return weightedMean(tf.square(tf.sub(p, y)), weights);
  });
}

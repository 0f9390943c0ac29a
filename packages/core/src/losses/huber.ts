import * as tf from '@tensorflow/tfjs-core';
import { checkPair, checkTensorOption, numberOption, weightedMean } from './check';
import type { LossOptions } from './types';

export type HuberOptions = Pick<LossOptions, 'weights' | 'delta'>;

/**
 * Huber loss: ½e² for |e| ≤ δ, δ·(|e| − ½δ) beyond (δ = 1 by default). Written as
 * ½·m² + δ·(|e| − m) with m = min(|e|, δ), which needs no branch.
 */
export function huber(
  labels: tf.Tensor,
  predictions: tf.Tensor,
  options: HuberOptions = {},
): tf.Scalar {
  return tf.tidy(() => {
    const [y, p] = checkPair('huber', labels, predictions);
    const weights = checkTensorOption('huber', 'weights', options.weights, y.shape);
    const delta = numberOption('huber', 'delta', options.delta, 1, { min: 0, aboveMin: true });
    const error = tf.abs(tf.sub(p, y));
    const quadratic = tf.minimum(error, tf.scalar(delta));
    const linear = tf.sub(error, quadratic);
    const perExample = tf.add(
      tf.mul(tf.scalar(0.5), tf.square(quadratic)),
      tf.mul(tf.scalar(delta), linear),
    );
    return weightedMean(perExample, weights);
  });
}

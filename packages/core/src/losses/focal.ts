import * as tf from '@tensorflow/tfjs-core';
import { checkPair, checkTensorOption, numberOption, weightedMean } from './check';
import type { LossOptions } from './types';

export type FocalOptions = Pick<LossOptions, 'weights' | 'gamma' | 'alpha'>;

/**
 * Focal loss from logits (Lin et al. 2017): −α_t·(1 − p_t)^γ·log p_t, with γ = 2 by default
 * and α_t = α for positives, 1 − α for negatives (1 for both when α is not given).
 * Both log p_t and log(1 − p_t) are written with softplus, so nothing is raised to a power of
 * zero or takes the log of zero: (1 − p_t)^γ = exp(γ·log(1 − p_t)).
 */
export function focal(labels: tf.Tensor, logits: tf.Tensor, options: FocalOptions = {}): tf.Scalar {
  return tf.tidy(() => {
    const [y, x] = checkPair('focal', labels, logits);
    const weights = checkTensorOption('focal', 'weights', options.weights, y.shape);
    const gamma = numberOption('focal', 'gamma', options.gamma, 2, { min: 0 });
    const notY = tf.sub(tf.scalar(1), y);
    // −log p_t and −log(1 − p_t)
    const nllTrue = tf.add(tf.mul(y, tf.softplus(tf.neg(x))), tf.mul(notY, tf.softplus(x)));
    const nllOther = tf.add(tf.mul(y, tf.softplus(x)), tf.mul(notY, tf.softplus(tf.neg(x))));
    const modulation = tf.exp(tf.mul(tf.scalar(-gamma), nllOther));
    let perExample = tf.mul(modulation, nllTrue);
    if (options.alpha !== undefined) {
      const alpha = numberOption('focal', 'alpha', options.alpha, 0.5, { min: 0, max: 1 });
      const alphaT = tf.add(tf.mul(tf.scalar(alpha), y), tf.mul(tf.scalar(1 - alpha), notY));
      perExample = tf.mul(alphaT, perExample);
    }
    return weightedMean(perExample, weights);
  });
}

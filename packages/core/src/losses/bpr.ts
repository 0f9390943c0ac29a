import * as tf from '@tensorflow/tfjs-core';
import { weightedMean } from './check';
import { checkGrouped } from './grouped';
import type { LossOptions } from './types';

export type BprOptions = Pick<LossOptions, 'weights'>;

/**
 * Bayesian personalised ranking (Rendle et al. 2009): within each row, every pair of
 * candidates (i, j) with label_i > label_j adds −log σ(s_i − s_j) = softplus(s_j − s_i). The
 * loss is the mean over all such pairs (rows weighted by options.weights).
 */
export function bpr(labels: tf.Tensor, scores: tf.Tensor, options: BprOptions = {}): tf.Scalar {
  return tf.tidy(() => {
    const [y, s, w] = checkGrouped('bpr', labels, scores, options.weights);
    const [rows, candidates] = y.shape;
    // [row, i, j]
    const better = tf.reshape(y, [rows, candidates, 1]);
    const worse = tf.reshape(y, [rows, 1, candidates]);
    let pairs = tf.cast(tf.greater(better, worse), 'float32');
    if (w !== undefined) pairs = tf.mul(pairs, tf.reshape(w, [rows, 1, 1]));
    const margin = tf.sub(
      tf.reshape(s, [rows, 1, candidates]),
      tf.reshape(s, [rows, candidates, 1]),
    );
    return weightedMean(tf.softplus(margin), pairs);
  });
}

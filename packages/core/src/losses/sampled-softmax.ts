import * as tf from '@tensorflow/tfjs-core';
import { weightedMean } from './check';
import { checkGrouped } from './grouped';
import type { LossOptions } from './types';

export type SampledSoftmaxOptions = Pick<LossOptions, 'weights' | 'logQ'>;

/**
 * Softmax cross-entropy over each row's candidates (the positive and sampled negatives):
 * −Σ_c ŷ_c·log softmax(s − log Q)_c with ŷ the row's labels normalised to sum 1. Subtracting
 * log Q, the log sampling probability of each candidate, corrects for popular items being
 * sampled more often (Yi et al., RecSys 2019); with uniform sampling it cancels out.
 * options.logQ is [rows, candidates] or [candidates].
 */
export function sampledSoftmax(
  labels: tf.Tensor,
  logits: tf.Tensor,
  options: SampledSoftmaxOptions = {},
): tf.Scalar {
  return tf.tidy(() => {
    const name = 'sampledSoftmax';
    const [y, s, w] = checkGrouped(name, labels, logits, options.weights);
    let corrected: tf.Tensor = s;
    if (options.logQ !== undefined) {
      const { logQ } = options;
      if (!(logQ instanceof tf.Tensor))
        throw new Error(`${name}: options.logQ must be a tf.Tensor`);
      const fits =
        tf.util.arraysEqual(logQ.shape, s.shape) || tf.util.arraysEqual(logQ.shape, [s.shape[1]]);
      if (!fits)
        throw new Error(
          `${name}: options.logQ shape [${logQ.shape}] must be [${s.shape}] or [${s.shape[1]}]`,
        );
      corrected = tf.sub(s, logQ);
    }
    const rowTotals = tf.sum(y, 1, true);
    const target = tf.div(y, tf.maximum(rowTotals, tf.scalar(1e-12)));
    const perRow = tf.neg(tf.sum(tf.mul(target, tf.logSoftmax(corrected)), 1));
    return weightedMean(perRow, w);
  });
}

import type * as tf from '@tensorflow/tfjs-core';
import { checkPair, checkTensorOption } from './check';

/**
 * Ranking losses take one row per query (say a user and a positive item with sampled
 * negatives): labels and scores of shape [rows, candidates]; weights, if any, are per row.
 */
export function checkGrouped(
  loss: string,
  labels: tf.Tensor,
  scores: tf.Tensor,
  weights: unknown,
): [tf.Tensor2D, tf.Tensor2D, tf.Tensor | undefined] {
  const [y, s] = checkPair(loss, labels, scores);
  if (y.rank !== 2) {
    throw new Error(
      `${loss}: labels and predictions must be [rows, candidates], got rank ${y.rank}`,
    );
  }
  const w = checkTensorOption(loss, 'weights', weights, [y.shape[0]]);
  return [y as tf.Tensor2D, s as tf.Tensor2D, w];
}

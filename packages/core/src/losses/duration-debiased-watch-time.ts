import * as tf from '@tensorflow/tfjs-core';
import { bceFromLogits } from './binary-cross-entropy';
import {
  checkPair,
  checkTensorOption,
  numberOption,
  requireTensorOption,
  weightedMean,
} from './check';
import type { LossOptions } from './types';

export type DurationDebiasedOptions = Pick<
  LossOptions,
  'weights' | 'duration' | 'target' | 'buckets'
>;

/** Fraction of the item watched, in [0, 1]. */
export function completionTarget(watchTime: tf.Tensor, duration: tf.Tensor): tf.Tensor {
  return tf.clipByValue(tf.div(watchTime, tf.maximum(duration, tf.scalar(1e-6))), 0, 1);
}

/**
 * Mid-rank quantile of each watch time among the examples in its duration bucket (D2Q, Zhan
 * et al., KDD 2022). Buckets are equal-count slices of the batch ranked by duration, so the
 * target says "watched more than x% of comparable-length items" whatever the length.
 */
export function durationQuantileTarget(
  watchTime: tf.Tensor1D,
  duration: tf.Tensor1D,
  buckets: number,
): tf.Tensor1D {
  return tf.tidy(() => {
    const n = watchTime.shape[0];
    const column = (t: tf.Tensor1D) => tf.reshape(t, [n, 1]);
    const row = (t: tf.Tensor1D) => tf.reshape(t, [1, n]);
    // [i, j] compares example j with example i.
    const shorter = tf.cast(tf.less(row(duration), column(duration)), 'float32');
    const bucket = tf.floor(tf.div(tf.mul(tf.sum(shorter, 1), tf.scalar(buckets)), tf.scalar(n)));
    const sameBucket = tf.cast(
      tf.equal(row(bucket as tf.Tensor1D), column(bucket as tf.Tensor1D)),
      'float32',
    );
    const less = tf.cast(tf.less(row(watchTime), column(watchTime)), 'float32');
    const tied = tf.cast(tf.equal(row(watchTime), column(watchTime)), 'float32');
    const below = tf.sum(tf.mul(sameBucket, tf.add(less, tf.mul(tf.scalar(0.5), tied))), 1);
    return tf.div(below, tf.sum(sameBucket, 1)) as tf.Tensor1D;
  });
}

/**
 * A watch-time loss that does not reward length. Regressing raw seconds favours long items
 * whatever the interest; here the label is first made duration-free:
 * - `completion` (default): watchTime / duration, clipped to [0, 1];
 * - `quantile`: the watch time's quantile within its duration bucket of this batch.
 * The prediction is a logit and the loss is cross-entropy against that soft target, so σ(x)
 * estimates the expected completion (or quantile). Labels are watch times in seconds and
 * options.duration the item durations, one per example.
 */
export function durationDebiasedWatchTime(
  labels: tf.Tensor,
  logits: tf.Tensor,
  options: DurationDebiasedOptions = {},
): tf.Scalar {
  return tf.tidy(() => {
    const name = 'durationDebiasedWatchTime';
    const [watchTime, x] = checkPair(name, labels, logits);
    const duration = requireTensorOption(name, 'duration', options.duration, watchTime.shape);
    const weights = checkTensorOption(name, 'weights', options.weights, watchTime.shape);
    const mode = options.target ?? 'completion';
    let target: tf.Tensor;
    if (mode === 'completion') {
      target = completionTarget(watchTime, duration);
    } else if (mode === 'quantile') {
      if (watchTime.rank !== 1)
        throw new Error(
          `${name}: the quantile target needs 1-D labels, got rank ${watchTime.rank}`,
        );
      const buckets = numberOption(name, 'buckets', options.buckets, 5, { min: 1 });
      if (!Number.isInteger(buckets))
        throw new Error(`${name}: options.buckets must be an integer, got ${buckets}`);
      target = durationQuantileTarget(watchTime as tf.Tensor1D, duration as tf.Tensor1D, buckets);
    } else {
      throw new Error(
        `${name}: options.target must be "completion" or "quantile", got "${String(mode)}"`,
      );
    }
    return weightedMean(bceFromLogits(target, x), weights);
  });
}

import * as tf from '@tensorflow/tfjs-core';
import { weightedMean } from './check';
import { checkGrouped } from './grouped';
import type { LossOptions } from './types';

export type ReinforceSoftmaxOptions = Pick<LossOptions, 'weights'>;

/**
 * Positive and negative sample reinforcement of a softmax policy over each row's candidates
 * (the logged item first, then sampled items), as Zhu et al. (2025, "The surprising
 * effectiveness of negative reinforcement in LLM reasoning") split policy-gradient training
 * into its positive (PSR) and negative (NSR) halves. The first column of each row's labels is
 * the reward r of the logged item: r > 0 (a click) raises its probability,
 * ℓ = −log π₀ (sampled-softmax's cross-entropy); r < 0 (a dismissal) lowers it,
 * ℓ = −log(1 − π₀), the unlikelihood loss (Welleck et al., ICLR 2020): NSR bounded below by 0,
 * whose gradient moves the mass it takes from the item to the other candidates in proportion
 * to their current probability (∂ℓ/∂s₀ = π₀, ∂ℓ/∂s_j = −π₀π_j/(1 − π₀)), so the policy's
 * spread is kept where PSR concentrates it. log(1 − π₀) is computed as
 * logsumexp(s_{1..}) − logsumexp(s), exact where π₀ is near 1. Rows with r = 0 add 0.
 * π = softmax(s) over the row; the other label columns are not read.
 */
export function reinforceSoftmax(
  labels: tf.Tensor,
  logits: tf.Tensor,
  options: ReinforceSoftmaxOptions = {},
): tf.Scalar {
  return tf.tidy(() => {
    const name = 'reinforceSoftmax';
    const [y, s, w] = checkGrouped(name, labels, logits, options.weights);
    const [rows, width] = s.shape;
    if (width < 2) {
      throw new Error(`${name}: needs at least 2 candidates per row, got ${width}`);
    }
    const reward = tf.reshape(tf.slice(y, [0, 0], [rows, 1]), [rows]);
    const all = tf.logSumExp(s, 1);
    const first = tf.reshape(tf.slice(s, [0, 0], [rows, 1]), [rows]);
    const rest = tf.logSumExp(tf.slice(s, [0, 1], [rows, width - 1]), 1);
    const positive = tf.sub(all, first); // −log π₀
    const negative = tf.sub(all, rest); // −log(1 − π₀)
    // 0/1 masks rather than tf.where, whose gradient (Select) core does not register.
    const isPositive = tf.cast(tf.greater(reward, 0), 'float32');
    const isNegative = tf.cast(tf.less(reward, 0), 'float32');
    const perRow = tf.add(tf.mul(isPositive, positive), tf.mul(isNegative, negative));
    return weightedMean(perRow, w);
  });
}

import * as tf from '@tensorflow/tfjs-core';
import {
  checkPair,
  checkTensorOption,
  numberOption,
  requireTensorOption,
  weightedMean,
} from './check';
import type { LossOptions } from './types';

export type IpwBinaryCrossEntropyOptions = Pick<
  LossOptions,
  'weights' | 'propensity' | 'minPropensity'
>;

/**
 * Inverse-propensity-weighted cross-entropy from logits, for clicks logged under position
 * bias (Saito et al., WSDM 2020). A click only happens if the slot was examined (probability
 * θ), so c/θ is an unbiased estimate of relevance; the loss is BCE against that estimate:
 * (c/θ)·softplus(−x) + (1 − c/θ)·softplus(x). θ is floored at minPropensity (default 0.1),
 * which bounds the weight 1/θ and so the variance. Labels are clicks (0/1).
 */
export function ipwBinaryCrossEntropy(
  labels: tf.Tensor,
  logits: tf.Tensor,
  options: IpwBinaryCrossEntropyOptions = {},
): tf.Scalar {
  return tf.tidy(() => {
    const name = 'ipwBinaryCrossEntropy';
    const [clicks, x] = checkPair(name, labels, logits);
    const propensity = requireTensorOption(name, 'propensity', options.propensity, clicks.shape);
    const weights = checkTensorOption(name, 'weights', options.weights, clicks.shape);
    const floor = numberOption(name, 'minPropensity', options.minPropensity, 0.1, {
      min: 0,
      max: 1,
      aboveMin: true,
    });
    const relevance = tf.div(clicks, tf.clipByValue(propensity, floor, 1));
    const perExample = tf.add(
      tf.mul(relevance, tf.softplus(tf.neg(x))),
      tf.mul(tf.sub(tf.scalar(1), relevance), tf.softplus(x)),
    );
    return weightedMean(perExample, weights);
  });
}

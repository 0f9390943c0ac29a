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
 * bias (Joachims, Swaminathan & Schnabel 2017; Saito et al., WSDM 2020). A click only happens
 * if the slot was examined (probability θ), so r = c/θ is an unbiased estimate of relevance
 * and BCE against it, r·softplus(−x) + (1 − r)·softplus(x), is an unbiased estimate of the
 * BCE against relevance. θ is floored at minPropensity (default 0.1), which bounds r ≤ 10.
 *
 * Left as it is, that estimate is unbounded below: a click at θ = 0.1 gives r = 10 and a
 * coefficient 1 − r = −9 on softplus(x), which a free logit (an MF user × item cell) drives
 * to −∞ by sending x → +∞ (training loss −9.2 was seen on a small world). The true negative
 * part E[(1 − rel)·softplus(x)] is never negative, so, as the non-negative risk estimator of
 * Kiryo et al. (NeurIPS 2017) does for positive-unlabelled learning, the batch's negative
 * part is clipped at 0:
 *   loss = mean(r·softplus(−x)) + max(0, mean((1 − r)·softplus(x))).
 * Both parts are then ≥ 0, so the loss is bounded below by 0; wherever the negative part is
 * already non-negative the loss is exactly the unbiased IPS estimate and so is its gradient.
 * Labels are clicks (0/1); `weights` weight both means.
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
    const positive = weightedMean(tf.mul(relevance, tf.softplus(tf.neg(x))), weights);
    const negative = weightedMean(tf.mul(tf.sub(tf.scalar(1), relevance), tf.softplus(x)), weights);
    return tf.add(positive, tf.relu(negative));
  });
}

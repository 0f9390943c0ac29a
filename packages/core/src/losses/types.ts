import type * as tf from '@tensorflow/tfjs-core';

/**
 * Every option any loss reads. Each loss documents the subset it uses; tensor options must
 * have one entry per example (per row for the grouped ranking losses).
 */
export interface LossOptions {
  /** Per-example weights; a 0/1 mask selects rows. The loss is Σ w·ℓ / Σ w. */
  weights?: tf.Tensor;
  /** Cost of a false positive and of a false negative (weighted-bce). */
  cFP?: number;
  cFN?: number;
  /** Weights of positive and negative examples (weighted-bce, instead of costs). */
  classWeights?: { positive: number; negative: number };
  /** Weight of the Brier term (bce-brier, binary-reward-brier). */
  lambda?: number;
  /** Focusing exponent and positive-class weight (focal). */
  gamma?: number;
  alpha?: number;
  /** Where the loss turns from quadratic to linear (huber). */
  delta?: number;
  /** Item duration in seconds per example (duration-debiased). */
  duration?: tf.Tensor;
  /** Duration-free target: completion ratio, or watch-time quantile within a duration bucket. */
  target?: 'completion' | 'quantile';
  /** Number of duration buckets for the quantile target. */
  buckets?: number;
  /** Probability that the example was examined (ipw-bce). */
  propensity?: tf.Tensor;
  /** Floor on the propensity, bounding the weights 1/propensity (ipw-bce). */
  minPropensity?: number;
  /** Log of each candidate's sampling probability, subtracted from its logit (sampled-softmax). */
  logQ?: tf.Tensor;
}

/** A loss: labels and predictions of the same shape in, a scalar out. Pure; leaks nothing. */
export type LossFunction = (
  labels: tf.Tensor,
  predictions: tf.Tensor,
  options?: LossOptions,
) => tf.Scalar;

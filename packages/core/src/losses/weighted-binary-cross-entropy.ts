import * as tf from '@tensorflow/tfjs-core';
import { checkPair, checkTensorOption, numberOption, weightedMean } from './check';
import type { LossOptions } from './types';

export type WeightedBinaryCrossEntropyOptions = Pick<
  LossOptions,
  'weights' | 'cFP' | 'cFN' | 'classWeights'
>;

/** Weight of positive and negative examples, from costs (a miss costs cFN) or class weights. */
function classWeightsOf(options: WeightedBinaryCrossEntropyOptions): [number, number] {
  const name = 'weightedBinaryCrossEntropy';
  const hasCosts = options.cFP !== undefined || options.cFN !== undefined;
  if (hasCosts && options.classWeights !== undefined) {
    throw new Error(`${name}: give either options.cFP/cFN or options.classWeights, not both`);
  }
  if (options.classWeights !== undefined) {
    const { positive, negative } = options.classWeights;
    return [
      numberOption(name, 'classWeights.positive', positive, 1, { min: 0 }),
      numberOption(name, 'classWeights.negative', negative, 1, { min: 0 }),
    ];
  }
  if (!hasCosts)
    throw new Error(`${name}: options.cFP and options.cFN (or classWeights) are required`);
  // A positive predicted negative is a false negative, so positives carry cFN.
  return [
    numberOption(name, 'cFN', options.cFN, 1, { min: 0 }),
    numberOption(name, 'cFP', options.cFP, 1, { min: 0 }),
  ];
}

/**
 * Cost-weighted cross-entropy from logits: cFN·y·softplus(−x) + cFP·(1−y)·softplus(x), the
 * "bake the costs into the loss" approach that misaligned-by-design compares with plain BCE
 * plus a threshold. Costs are used as given, not normalised.
 */
export function weightedBinaryCrossEntropy(
  labels: tf.Tensor,
  logits: tf.Tensor,
  options: WeightedBinaryCrossEntropyOptions = {},
): tf.Scalar {
  return tf.tidy(() => {
    const [y, x] = checkPair('weightedBinaryCrossEntropy', labels, logits);
    const weights = checkTensorOption(
      'weightedBinaryCrossEntropy',
      'weights',
      options.weights,
      y.shape,
    );
    const [positive, negative] = classWeightsOf(options);
    const missed = tf.mul(tf.mul(tf.scalar(positive), y), tf.softplus(tf.neg(x)));
    const falseAlarm = tf.mul(tf.mul(tf.scalar(negative), tf.sub(tf.scalar(1), y)), tf.softplus(x));
    return weightedMean(tf.add(missed, falseAlarm), weights);
  });
}

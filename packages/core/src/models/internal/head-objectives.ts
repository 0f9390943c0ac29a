import * as tf from '@tensorflow/tfjs-core';
import { lossFamily } from '../../losses/loss-families';
import { getLoss } from '../../losses/registry';
import type { LossOptions } from '../../losses/types';
import type { HeadLossOptions, HeadSpec } from '../spec';
import type { HeadName } from '../types';
import type { CandidateBatch, RowBatch } from './batch';
import { column } from './init';

/** Scales fixed at the first fit, so warm-started fits keep the same targets. */
export interface TargetScales {
  /** Watch time is regressed as watchTime / watchScale. */
  watchScale: number;
  /** A duration-free prediction σ(x) is served as σ(x) · durationScale. */
  durationScale: number;
}

export interface HeadInputs {
  batch: RowBatch;
  outputs: tf.Tensor2D;
  /** Added to the click logit in training only. */
  positionLogit: tf.Tensor1D | undefined;
  /** [rows · width, heads] outputs for the ranking candidates, if any head ranks. */
  candidateOutputs: tf.Tensor2D | undefined;
  candidates: CandidateBatch | undefined;
  scales: TargetScales;
}

function scalarOptions(options: HeadLossOptions): LossOptions {
  const { negatives: _negatives, reinforce: _reinforce, ...rest } = options;
  return rest;
}

function rankingLoss(spec: HeadSpec, j: number, inputs: HeadInputs): tf.Scalar {
  const { candidates, candidateOutputs } = inputs;
  if (candidates === undefined || candidateOutputs === undefined || candidates.rows === 0) {
    return tf.scalar(0);
  }
  const scores = tf.reshape(column(candidateOutputs, j), [candidates.rows, candidates.width]);
  // The logged item's reward in the first column (+1 for every row of bpr and sampled-softmax).
  const rewardFirst = new Float32Array(candidates.rows * candidates.width);
  for (const [r, reward] of candidates.reward.entries()) rewardFirst[r * candidates.width] = reward;
  const labels = tf.tensor2d(rewardFirst, [candidates.rows, candidates.width]);
  return getLoss(spec.loss)(labels, scores, scalarOptions(spec.options));
}

/** The loss of head `head` (column j of the outputs) on this batch, before its weight. */
export function headLoss(head: HeadName, spec: HeadSpec, j: number, inputs: HeadInputs): tf.Scalar {
  if (lossFamily(spec.loss) === 'ranking') return rankingLoss(spec, j, inputs);
  const { batch, outputs, scales } = inputs;
  let prediction: tf.Tensor = column(outputs, j);
  const options = scalarOptions(spec.options);
  const needsPropensity = spec.loss === 'ipw-bce';
  if (needsPropensity) {
    if (batch.propensity === undefined) {
      throw new Error(`fit: heads.${head} uses ipw-bce, which needs data.propensity`);
    }
    options.propensity = tf.tensor1d(batch.propensity);
  }
  let labels: tf.Tensor;
  if (head === 'click') {
    labels = tf.tensor1d(batch.clickLabel);
    if (batch.clickWeight !== undefined) options.weights = tf.tensor1d(batch.clickWeight);
    if (inputs.positionLogit !== undefined) prediction = tf.add(prediction, inputs.positionLogit);
  } else if (head === 'satisfaction') {
    labels = tf.tensor1d(batch.satisfaction);
    options.weights = tf.tensor1d(batch.satisfactionObserved);
  } else if (lossFamily(spec.loss) === 'duration-free') {
    if (batch.duration === undefined) {
      throw new Error(`fit: heads.watchTime uses ${spec.loss}, which needs data.itemDuration`);
    }
    labels = tf.tensor1d(batch.watchTime);
    options.duration = tf.tensor1d(batch.duration);
  } else {
    labels = tf.div(tf.tensor1d(batch.watchTime), tf.scalar(scales.watchScale));
  }
  return getLoss(spec.loss)(labels, prediction, options);
}

/** Raw head output → what the model serves: a probability, or watch time in the log's unit. */
export function serveHead(
  head: HeadName,
  spec: HeadSpec,
  raw: tf.Tensor,
  scales: TargetScales,
): tf.Tensor {
  const family = lossFamily(spec.loss);
  if (head !== 'watchTime') return tf.sigmoid(raw);
  if (family === 'duration-free') return tf.mul(tf.sigmoid(raw), tf.scalar(scales.durationScale));
  return tf.relu(tf.mul(raw, tf.scalar(scales.watchScale)));
}

import * as tf from '@tensorflow/tfjs-core';
import { getLoss } from './registry';
import type { LossOptions } from './types';

/** One term of a multi-objective loss: which loss, its weight (default 1) and options. */
export interface ObjectiveTerm {
  loss: string;
  weight?: number;
  options?: LossOptions;
}

/**
 * Σ_h weight_h · loss_h(labels_h, predictions_h): one term per head, each with its own loss
 * from the registry. Every head named in `terms` needs labels and predictions.
 */
export function multiObjective(
  labels: Readonly<Record<string, tf.Tensor>>,
  predictions: Readonly<Record<string, tf.Tensor>>,
  terms: Readonly<Record<string, ObjectiveTerm>>,
): tf.Scalar {
  return tf.tidy(() => {
    const termsByHead = Object.entries(terms);
    if (termsByHead.length === 0) {
      throw new Error('multiObjective: terms must name at least one head');
    }
    let total: tf.Scalar = tf.scalar(0);
    for (const [head, term] of termsByHead) {
      const weight = term.weight ?? 1;
      if (!Number.isFinite(weight))
        throw new Error(`multiObjective: terms.${head}.weight must be finite, got ${weight}`);
      const label = labels[head];
      if (label === undefined) throw new Error(`multiObjective: labels.${head} is missing`);
      const prediction = predictions[head];
      if (prediction === undefined) {
        throw new Error(`multiObjective: predictions.${head} is missing`);
      }
      const value = getLoss(term.loss)(label, prediction, term.options);
      total = tf.add(total, tf.mul(tf.scalar(weight), value));
    }
    return total;
  });
}

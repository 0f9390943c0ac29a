import type { Rng } from '@goodhart/random';
import * as tf from '@tensorflow/tfjs-core';
import { column, constantVariable, normalVariable, sumOfSquares } from './internal/init';
import { gridInput, type Network } from './internal/network';
import { NeuralModel } from './internal/neural-model';
import type { ModelSpec } from './spec';
import type { ModelContext, ScoringModel } from './types';

type LogisticSpec = Extract<ModelSpec, { kind: 'logistic' }>;

/**
 * Logistic regression on item features plus a per-user bias, one set of weights per head:
 * logit_h(u, i) = x_i·w_h + b_{u,h} + c_h. No user-item interaction, so every user gets the
 * same ranking up to their bias: the linear baseline of misaligned-by-design.
 */
export class LogisticNetwork implements Network {
  readonly usesItemIds = false;
  readonly gridCostPerCell: number;
  private readonly weights: tf.Variable;
  private readonly userBias: tf.Variable;
  private readonly bias: tf.Variable;
  private readonly heads: number;

  constructor(rng: Rng, numUsers: number, featureDim: number, heads: number) {
    this.weights = normalVariable(rng, [featureDim, heads], 0.01);
    this.userBias = constantVariable([numUsers, heads], 0);
    this.bias = constantVariable([heads], 0);
    this.heads = heads;
    this.gridCostPerCell = 2 * heads;
  }

  get variables(): tf.Variable[] {
    return [this.weights, this.userBias, this.bias];
  }

  pairs(users: tf.Tensor1D, _items: tf.Tensor1D, features: tf.Tensor2D): tf.Tensor2D {
    return tf.add(
      tf.add(tf.matMul(features, this.weights), tf.gather(this.userBias, users)),
      this.bias,
    );
  }

  grid(users: tf.Tensor1D, items: readonly tf.Tensor2D[]): tf.Tensor2D[] {
    const features = gridInput(items, 0, 'logistic');
    const itemPart = tf.add(tf.matMul(features, this.weights), this.bias) as tf.Tensor2D;
    const userPart = tf.gather(this.userBias, users) as tf.Tensor2D;
    const [u, n] = [users.shape[0], features.shape[0]];
    return Array.from({ length: this.heads }, (_, j) =>
      tf.add(tf.reshape(column(userPart, j), [u, 1]), tf.reshape(column(itemPart, j), [1, n])),
    );
  }

  penalty(users: tf.Tensor1D): tf.Scalar {
    const rows = tf.gather(this.userBias, users);
    return tf.add(
      sumOfSquares([this.weights]),
      tf.div(sumOfSquares([rows]), tf.scalar(users.shape[0])),
    );
  }

  dispose(): void {
    tf.dispose(this.variables);
  }
}

export function createLogisticModel(spec: LogisticSpec, context: ModelContext): ScoringModel {
  return new NeuralModel(
    spec,
    context,
    (rng, heads) => new LogisticNetwork(rng, context.numUsers, context.itemFeatureDim, heads),
  );
}

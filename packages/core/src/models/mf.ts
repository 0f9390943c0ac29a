import type { Rng } from '@goodhart/random';
import * as tf from '@tensorflow/tfjs-core';
import { column, constantVariable, normalVariable, rowOf, sumOfSquares } from './internal/init';
import { gridInput, type Network } from './internal/network';
import { NeuralModel } from './internal/neural-model';
import type { ModelSpec } from './spec';
import type { ModelContext, ScoringModel } from './types';

type MfSpec = Extract<ModelSpec, { kind: 'mf' }>;

/**
 * Matrix factorisation with biases. The heads share the user and item factors and each
 * reads them through its own weights a_h (initialised to 1, i.e. the plain dot product):
 * out_h(u, i) = Σ_k a_hk·p_uk·q_ik + b_{u,h} + b_{i,h} + c_h.
 */
export class MfNetwork implements Network {
  readonly usesItemIds = true;
  readonly gridCostPerCell: number;
  private readonly userFactors: tf.Variable;
  private readonly itemFactors: tf.Variable;
  private readonly headWeights: tf.Variable;
  private readonly userBias: tf.Variable;
  private readonly itemBias: tf.Variable;
  private readonly bias: tf.Variable;
  private readonly heads: number;

  constructor(rng: Rng, numUsers: number, numItems: number, dim: number, heads: number) {
    this.userFactors = normalVariable(rng, [numUsers, dim], 0.1);
    this.itemFactors = normalVariable(rng, [numItems, dim], 0.1);
    this.headWeights = constantVariable([heads, dim], 1);
    this.userBias = constantVariable([numUsers, heads], 0);
    this.itemBias = constantVariable([numItems, heads], 0);
    this.bias = constantVariable([heads], 0);
    this.heads = heads;
    this.gridCostPerCell = 2 * heads;
  }

  get variables(): tf.Variable[] {
    return [
      this.userFactors,
      this.itemFactors,
      this.headWeights,
      this.userBias,
      this.itemBias,
      this.bias,
    ];
  }

  pairs(users: tf.Tensor1D, items: tf.Tensor1D): tf.Tensor2D {
    const product = tf.mul(tf.gather(this.userFactors, users), tf.gather(this.itemFactors, items));
    const interaction = tf.matMul(product as tf.Tensor2D, this.headWeights, false, true);
    const biases = tf.add(tf.gather(this.userBias, users), tf.gather(this.itemBias, items));
    return tf.add(tf.add(interaction, biases), this.bias);
  }

  /**
   * The item factors transposed, [dim, numItems] (grid's matMul then needs no transposeB),
   * then each head's item bias plus its global bias as a [1, numItems] row: cut out of the
   * [numItems, heads] table once per predict instead of once per batch.
   */
  prepareGrid(): tf.Tensor2D[] {
    const itemBias = this.itemBias as unknown as tf.Tensor2D;
    const n = this.itemFactors.shape[0];
    const bias = tf.reshape(this.bias, [1, this.heads]) as tf.Tensor2D;
    const columnBias = Array.from(
      { length: this.heads },
      (_, j) => tf.reshape(tf.add(column(itemBias, j), column(bias, j)), [1, n]) as tf.Tensor2D,
    );
    return [tf.transpose(this.itemFactors as unknown as tf.Tensor2D), ...columnBias];
  }

  /** `items` is prepareGrid's [item factors transposed, each head's column bias]. */
  grid(users: tf.Tensor1D, items: readonly tf.Tensor2D[]): tf.Tensor2D[] {
    const itemFactorsT = gridInput(items, 0, 'mf');
    const p = tf.gather(this.userFactors, users) as tf.Tensor2D;
    const userBias = tf.gather(this.userBias, users) as tf.Tensor2D;
    const u = users.shape[0];
    return Array.from({ length: this.heads }, (_, j) => {
      const scaled = tf.mul(p, rowOf(this.headWeights as unknown as tf.Tensor2D, j));
      const interaction = tf.matMul(scaled, itemFactorsT);
      const rowBias = tf.reshape(column(userBias, j), [u, 1]);
      return tf.add(tf.add(interaction, rowBias), gridInput(items, 1 + j, 'mf'));
    });
  }

  penalty(users: tf.Tensor1D, items: tf.Tensor1D): tf.Scalar {
    const touched = sumOfSquares([
      tf.gather(this.userFactors, users),
      tf.gather(this.itemFactors, items),
    ]);
    return tf.div(touched, tf.scalar(users.shape[0]));
  }

  dispose(): void {
    tf.dispose(this.variables);
  }
}

export function createMfModel(spec: MfSpec, context: ModelContext): ScoringModel {
  return new NeuralModel(
    spec,
    context,
    (rng, heads) =>
      new MfNetwork(rng, context.numUsers, context.numItems, spec.embeddingDim, heads),
  );
}

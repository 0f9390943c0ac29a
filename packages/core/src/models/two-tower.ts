import type { Rng } from '@goodhart/random';
import * as tf from '@tensorflow/tfjs-core';
import {
  applyMlp,
  column,
  constantVariable,
  type Dense,
  mlpLayers,
  normalVariable,
  rowOf,
  sumOfSquares,
} from './internal/init';
import { gridInput, type Network } from './internal/network';
import { NeuralModel } from './internal/neural-model';
import type { ModelSpec } from './spec';
import type { ModelContext, ScoringModel } from './types';

type TwoTowerSpec = Extract<ModelSpec, { kind: 'two-tower' }>;

/**
 * Two towers meeting in a dot product. The user tower maps a user embedding, the item tower
 * an item id embedding concatenated with the item's features, each through ReLU layers to a
 * vector of size embeddingDim; out_h = Σ_k a_hk·u_k·v_k + c_h (a_h initialised to 1).
 * Scoring a user against every item is one matrix product with the item vectors.
 */
export class TwoTowerNetwork implements Network {
  readonly usesItemIds = true;
  readonly gridCostPerCell: number;
  private readonly userEmbedding: tf.Variable;
  private readonly itemEmbedding: tf.Variable;
  private readonly userTower: Dense[];
  private readonly itemTower: Dense[];
  private readonly headWeights: tf.Variable;
  private readonly bias: tf.Variable;
  private readonly heads: number;

  constructor(rng: Rng, context: ModelContext, spec: TwoTowerSpec, heads: number) {
    const dim = spec.embeddingDim;
    this.userEmbedding = normalVariable(rng, [context.numUsers, dim], 0.1);
    this.itemEmbedding = normalVariable(rng, [context.numItems, dim], 0.1);
    this.userTower = mlpLayers(rng, [dim, ...spec.hidden, dim]);
    this.itemTower = mlpLayers(rng, [dim + context.itemFeatureDim, ...spec.hidden, dim]);
    this.headWeights = constantVariable([heads, dim], 1);
    this.bias = constantVariable([heads], 0);
    this.heads = heads;
    this.gridCostPerCell = 2 * heads;
  }

  private get denseWeights(): tf.Variable[] {
    return [...this.userTower, ...this.itemTower].map((layer) => layer.weight);
  }

  get variables(): tf.Variable[] {
    const dense = [...this.userTower, ...this.itemTower].flatMap((l) => [l.weight, l.bias]);
    return [this.userEmbedding, this.itemEmbedding, ...dense, this.headWeights, this.bias];
  }

  private userVectors(users: tf.Tensor1D): tf.Tensor2D {
    return applyMlp(this.userTower, tf.gather(this.userEmbedding, users) as tf.Tensor2D);
  }

  private itemVectors(ids: tf.Tensor2D, features: tf.Tensor2D): tf.Tensor2D {
    return applyMlp(this.itemTower, tf.concat([ids, features], 1));
  }

  pairs(users: tf.Tensor1D, items: tf.Tensor1D, features: tf.Tensor2D): tf.Tensor2D {
    const u = this.userVectors(users);
    const v = this.itemVectors(tf.gather(this.itemEmbedding, items) as tf.Tensor2D, features);
    return tf.add(tf.matMul(tf.mul(u, v), this.headWeights, false, true), this.bias);
  }

  /** Every item's tower output transposed, [dim, numItems], once per predict call. */
  prepareGrid(features: tf.Tensor2D): tf.Tensor2D[] {
    return [tf.transpose(this.itemVectors(this.itemEmbedding as unknown as tf.Tensor2D, features))];
  }

  grid(users: tf.Tensor1D, items: readonly tf.Tensor2D[]): tf.Tensor2D[] {
    const u = this.userVectors(users);
    const v = gridInput(items, 0, 'two-tower'); // the item vectors, transposed
    const bias = tf.reshape(this.bias, [1, this.heads]) as tf.Tensor2D;
    return Array.from({ length: this.heads }, (_, j) => {
      const scaled = tf.mul(u, rowOf(this.headWeights as unknown as tf.Tensor2D, j));
      return tf.add(tf.matMul(scaled, v), tf.reshape(column(bias, j), [1, 1]));
    });
  }

  penalty(users: tf.Tensor1D, items: tf.Tensor1D): tf.Scalar {
    const rows = sumOfSquares([
      tf.gather(this.userEmbedding, users),
      tf.gather(this.itemEmbedding, items),
    ]);
    return tf.add(tf.div(rows, tf.scalar(users.shape[0])), sumOfSquares(this.denseWeights));
  }

  dispose(): void {
    tf.dispose(this.variables);
  }
}

export function createTwoTowerModel(spec: TwoTowerSpec, context: ModelContext): ScoringModel {
  return new NeuralModel(
    spec,
    context,
    (rng, heads) => new TwoTowerNetwork(rng, context, spec, heads),
  );
}

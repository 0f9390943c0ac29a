import type { Rng } from '@goodhart/random';
import * as tf from '@tensorflow/tfjs-core';
import {
  applyDense,
  column,
  constantVariable,
  type Dense,
  denseLayer,
  glorotStd,
  normalVariable,
  sumOfSquares,
} from './internal/init';
import { gridInput, type Network } from './internal/network';
import { NeuralModel } from './internal/neural-model';
import type { ModelSpec } from './spec';
import type { ModelContext, ScoringModel } from './types';

type MmoeSpec = Extract<ModelSpec, { kind: 'mmoe' }>;

/** A first layer applied to [user embedding, item embedding, item features], kept in parts. */
interface SplitLayer {
  user: tf.Variable;
  item: tf.Variable;
  features: tf.Variable;
  bias: tf.Variable;
}

function splitLayer(rng: Rng, dim: number, featureDim: number, out: number): SplitLayer {
  const std = glorotStd(2 * dim + featureDim, out);
  return {
    user: normalVariable(rng, [dim, out], std),
    item: normalVariable(rng, [dim, out], std),
    features: normalVariable(rng, [featureDim, out], std),
    bias: constantVariable([out], 0),
  };
}

const splitVariables = (l: SplitLayer) => [l.user, l.item, l.features, l.bias];

/**
 * Multi-gate mixture of experts (Ma et al., KDD 2018). Shared experts (ReLU layers) read the
 * concatenated user embedding, item embedding and item features; each head has its own
 * softmax gate over the experts and its own small tower. Because the first layer is linear,
 * scoring every item splits it into a user part and an item part added by broadcasting.
 */
export class MmoeNetwork implements Network {
  readonly usesItemIds = true;
  readonly gridCostPerCell: number;
  private readonly userEmbedding: tf.Variable;
  private readonly itemEmbedding: tf.Variable;
  private readonly experts: SplitLayer;
  private readonly gates: SplitLayer;
  private readonly towers: Array<[Dense, Dense]>;
  private readonly numExperts: number;
  private readonly expertWidth: number;
  private readonly heads: number;

  constructor(rng: Rng, context: ModelContext, spec: MmoeSpec, heads: number) {
    const dim = spec.embeddingDim;
    const featureDim = context.itemFeatureDim;
    this.numExperts = spec.experts;
    this.expertWidth = spec.expertHidden;
    this.heads = heads;
    this.userEmbedding = normalVariable(rng, [context.numUsers, dim], 0.1);
    this.itemEmbedding = normalVariable(rng, [context.numItems, dim], 0.1);
    this.experts = splitLayer(rng, dim, featureDim, spec.experts * spec.expertHidden);
    this.gates = splitLayer(rng, dim, featureDim, heads * spec.experts);
    this.towers = Array.from({ length: heads }, () => [
      denseLayer(rng, spec.expertHidden, spec.towerHidden),
      denseLayer(rng, spec.towerHidden, 1),
    ]);
    this.gridCostPerCell =
      spec.experts * spec.expertHidden * 2 +
      heads * (2 * spec.experts + spec.expertHidden + spec.towerHidden);
  }

  get variables(): tf.Variable[] {
    const towers = this.towers.flatMap(([a, b]) => [a.weight, a.bias, b.weight, b.bias]);
    return [
      this.userEmbedding,
      this.itemEmbedding,
      ...splitVariables(this.experts),
      ...splitVariables(this.gates),
      ...towers,
    ];
  }

  /** Heads' outputs [N, heads] from the first layer's pre-activations of experts and gates. */
  private fromFirstLayer(expertPre: tf.Tensor2D, gatePre: tf.Tensor2D): tf.Tensor2D {
    const n = expertPre.shape[0];
    const e = this.numExperts;
    const experts = tf.reshape(tf.relu(expertPre), [n, e, this.expertWidth]);
    const outputs = this.towers.map(([hidden, out], j) => {
      const gate = tf.softmax(tf.slice(gatePre, [0, j * e], [n, e]));
      // Σ_e gate_e·expert_e as a batch of [1, E]·[E, X] products: the same numbers as a
      // broadcast multiply and sum, and far faster on the cpu backend.
      const mixed = tf.reshape(tf.matMul(tf.reshape(gate, [n, 1, e]), experts), [
        n,
        this.expertWidth,
      ]) as tf.Tensor2D;
      return applyDense(out, tf.relu(applyDense(hidden, mixed)));
    });
    return tf.concat(outputs, 1);
  }

  pairs(users: tf.Tensor1D, items: tf.Tensor1D, features: tf.Tensor2D): tf.Tensor2D {
    const u = tf.gather(this.userEmbedding, users) as tf.Tensor2D;
    const i = tf.gather(this.itemEmbedding, items) as tf.Tensor2D;
    const first = (l: SplitLayer): tf.Tensor2D =>
      tf.add(
        tf.add(tf.add(tf.matMul(u, l.user), tf.matMul(i, l.item)), tf.matMul(features, l.features)),
        l.bias,
      );
    return this.fromFirstLayer(first(this.experts), first(this.gates));
  }

  grid(users: tf.Tensor1D, items: readonly tf.Tensor2D[]): tf.Tensor2D[] {
    const features = gridInput(items, 0, 'mmoe');
    const u = tf.gather(this.userEmbedding, users) as tf.Tensor2D;
    const nu = users.shape[0];
    const ni = features.shape[0];
    const first = (l: SplitLayer) => {
      const userPart = tf.matMul(u, l.user);
      const itemPart = tf.add(
        tf.add(tf.matMul(this.itemEmbedding, l.item), tf.matMul(features, l.features)),
        l.bias,
      );
      const width = l.bias.shape[0] as number;
      const cells = tf.add(
        tf.reshape(userPart, [nu, 1, width]),
        tf.reshape(itemPart, [1, ni, width]),
      );
      return tf.reshape(cells, [nu * ni, width]) as tf.Tensor2D;
    };
    const outputs = this.fromFirstLayer(first(this.experts), first(this.gates));
    return Array.from({ length: this.heads }, (_, j) => tf.reshape(column(outputs, j), [nu, ni]));
  }

  penalty(users: tf.Tensor1D, items: tf.Tensor1D): tf.Scalar {
    const rows = sumOfSquares([
      tf.gather(this.userEmbedding, users),
      tf.gather(this.itemEmbedding, items),
    ]);
    const weights = [this.experts, this.gates].flatMap((l) => [l.user, l.item, l.features]);
    const towers = this.towers.flatMap(([a, b]) => [a.weight, b.weight]);
    return tf.add(tf.div(rows, tf.scalar(users.shape[0])), sumOfSquares([...weights, ...towers]));
  }

  dispose(): void {
    tf.dispose(this.variables);
  }
}

export function createMmoeModel(spec: MmoeSpec, context: ModelContext): ScoringModel {
  return new NeuralModel(spec, context, (rng, heads) => new MmoeNetwork(rng, context, spec, heads));
}

import type * as tf from '@tensorflow/tfjs-core';

/**
 * The tensor part of a trainable model: outputs for each head, for given (user, item) pairs
 * and for every item at once. Outputs are raw (logits, or values before scaling); the model
 * around it turns them into probabilities or watch time.
 */
export interface Network {
  readonly variables: readonly tf.Variable[];
  /** Whether the network has per-item parameters, so it can only score its own catalogue. */
  readonly usesItemIds: boolean;
  /** Rough number of floats computed per (user, item) cell of `grid`, to size batches. */
  readonly gridCostPerCell: number;
  /** [B, heads] for the pairs (users[b], items[b]); features are the items' rows, [B, dim]. */
  pairs(users: tf.Tensor1D, items: tf.Tensor1D, features: tf.Tensor2D): tf.Tensor2D;
  /**
   * The item side of `grid`, computed once per predict call rather than once per user batch
   * (e.g. item vectors transposed to [dim, numItems]: on wasm a matMul with transposeB is
   * about 15× slower than one against a transposed copy; and tfjs-wasm slices in JavaScript,
   * element by element, so nothing should be cut out of a table batch after batch). Without
   * it grid gets [features].
   */
  prepareGrid?(features: tf.Tensor2D): tf.Tensor2D[];
  /** One [users, numItems] tensor per head; `items` is prepareGrid(features), or [features]. */
  grid(users: tf.Tensor1D, items: readonly tf.Tensor2D[]): tf.Tensor2D[];
  /** L2 penalty on what the batch touched (embedding rows) and on dense weights. */
  penalty(users: tf.Tensor1D, items: tf.Tensor1D): tf.Scalar;
  dispose(): void;
}

/**
 * Item-side tensor `index` of grid's `items` (prepareGrid's output, or [features]); throws
 * naming the network when the list is shorter than its grid expects.
 */
export function gridInput(
  items: readonly tf.Tensor2D[],
  index: number,
  network: string,
): tf.Tensor2D {
  const tensor = items[index];
  if (tensor === undefined) {
    throw new Error(`${network}.grid: item input ${index} is missing (got ${items.length})`);
  }
  return tensor;
}

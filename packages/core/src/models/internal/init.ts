import type { Rng } from '@goodhart/random';
import * as tf from '@tensorflow/tfjs-core';

/** A trainable variable of N(0, std²) draws from our seeded generator (never tf.random*). */
export function normalVariable(rng: Rng, shape: number[], std: number): tf.Variable {
  const values = new Float32Array(tf.util.sizeFromShape(shape));
  for (let i = 0; i < values.length; i++) values[i] = rng.normal() * std;
  return variableFrom(tf.tensor(values, shape));
}

export function constantVariable(shape: number[], value: number): tf.Variable {
  return variableFrom(tf.fill(shape, value));
}

/** tf.variable shares the initial tensor's data but leaves the tensor alive; free it. */
function variableFrom(initial: tf.Tensor): tf.Variable {
  const variable = tf.variable(initial);
  initial.dispose();
  return variable;
}

/** Glorot/Xavier normal scale for a dense layer. */
export function glorotStd(fanIn: number, fanOut: number): number {
  return Math.sqrt(2 / (fanIn + fanOut));
}

/** A dense layer y = x·W + b. */
export interface Dense {
  weight: tf.Variable;
  bias: tf.Variable;
}

export function denseLayer(rng: Rng, fanIn: number, fanOut: number): Dense {
  return {
    weight: normalVariable(rng, [fanIn, fanOut], glorotStd(fanIn, fanOut)),
    bias: constantVariable([fanOut], 0),
  };
}

export function applyDense(layer: Dense, x: tf.Tensor2D): tf.Tensor2D {
  return tf.add(tf.matMul(x, layer.weight), layer.bias);
}

/** Dense layers with ReLU between them (not after the last). */
export function applyMlp(layers: readonly Dense[], x: tf.Tensor2D): tf.Tensor2D {
  let h = x;
  layers.forEach((layer, i) => {
    h = applyDense(layer, h);
    if (i < layers.length - 1) h = tf.relu(h);
  });
  return h;
}

export function mlpLayers(rng: Rng, sizes: readonly number[]): Dense[] {
  const layers: Dense[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) layers.push(denseLayer(rng, sizes[i]!, sizes[i + 1]!));
  return layers;
}

/** Σ of squared entries of every tensor given. */
export function sumOfSquares(tensors: readonly tf.Tensor[]): tf.Scalar {
  return tensors.reduce<tf.Scalar>((acc, t) => tf.add(acc, tf.sum(tf.square(t))), tf.scalar(0));
}

/** Column `j` of a [rows, cols] tensor, as [rows]. */
export function column(x: tf.Tensor2D, j: number): tf.Tensor1D {
  return tf.reshape(tf.slice(x, [0, j], [x.shape[0], 1]), [x.shape[0]]);
}

/** Row `j` of a [rows, cols] tensor, as [1, cols]. */
export function rowOf(x: tf.Tensor2D, j: number): tf.Tensor2D {
  return tf.slice(x, [j, 0], [1, x.shape[1]]);
}

import * as tf from '@tensorflow/tfjs-core';

/**
 * Sums a broadcast gradient back down to the shape of the input it came from: the axes that
 * broadcasting added or stretched receive the sum of the gradient along them.
 */
export function reduceToShape(gradient: tf.Tensor, shape: number[]): tf.Tensor {
  const axes = tf.backend_util.getReductionAxes(shape, gradient.shape);
  const reduced = axes.length > 0 ? tf.sum(gradient, axes) : gradient;
  return tf.reshape(reduced, shape);
}

/** `x` as float32, without a copy when it already is one. */
export function toFloat(x: tf.Tensor): tf.Tensor {
  return x.dtype === 'float32' ? x : tf.cast(x, 'float32');
}

/** The mask `condition` as 0/1 floats, for gradients that flow only where it holds. */
export function asFloat(condition: tf.Tensor): tf.Tensor {
  return tf.cast(condition, 'float32');
}

/** Shape of `shape` with the reduced `axes` kept as size 1, so a reduced tensor can broadcast back. */
export function keptDimsShape(shape: number[], axes: number[]): number[] {
  const kept = shape.slice();
  for (const axis of axes) kept[axis] = 1;
  return kept;
}

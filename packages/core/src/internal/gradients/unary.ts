import * as tf from '@tensorflow/tfjs-core';
import { asFloat, toFloat } from './reduce-to-shape';

type Derivative = (x: tf.Tensor, y: tf.Tensor) => tf.Tensor;

/**
 * A pointwise op's gradient is dy times its derivative, written in terms of the input `x`
 * and, where that is cheaper or more stable, the saved output `y`.
 */
function pointwise(kernelName: string, derivative: Derivative, inputName = 'x'): tf.GradConfig {
  return {
    kernelName,
    inputsToSave: [inputName],
    outputsToSave: [true],
    gradFunc: (dy, [x, y]) => ({
      [inputName]: () => tf.mul(dy as tf.Tensor, derivative(x, y)),
    }),
  };
}

export const negGrad = pointwise(tf.Neg, (x) => tf.fill(x.shape, -1));
export const squareGrad = pointwise(tf.Square, (x) => tf.mul(tf.scalar(2), toFloat(x)));
export const sqrtGrad = pointwise(tf.Sqrt, (_x, y) => tf.div(tf.scalar(0.5), y));
export const expGrad = pointwise(tf.Exp, (_x, y) => y);
export const logGrad = pointwise(tf.Log, (x) => tf.reciprocal(toFloat(x)));
export const log1pGrad = pointwise(tf.Log1p, (x) => tf.reciprocal(tf.add(x, tf.scalar(1))));
export const sigmoidGrad = pointwise(tf.Sigmoid, (_x, y) => tf.mul(y, tf.sub(tf.scalar(1), y)));
export const softplusGrad = pointwise(tf.Softplus, (x) => tf.sigmoid(x));
export const tanhGrad = pointwise(tf.Tanh, (_x, y) => tf.sub(tf.scalar(1), tf.square(y)));
// Subgradient 0 at the kink, as TensorFlow does.
export const reluGrad = pointwise(tf.Relu, (x) => asFloat(tf.greater(x, tf.scalar(0))));
export const absGrad = pointwise(tf.Abs, (x) => tf.sign(toFloat(x)));

export const clipByValueGrad: tf.GradConfig = {
  kernelName: tf.ClipByValue,
  inputsToSave: ['x'],
  gradFunc: (dy, [x], attrs) => {
    const { clipValueMin, clipValueMax } = attrs as unknown as tf.ClipByValueAttrs;
    const inside = tf.logicalAnd(
      tf.greaterEqual(x, tf.scalar(clipValueMin)),
      tf.lessEqual(x, tf.scalar(clipValueMax)),
    );
    return { x: () => tf.mul(dy as tf.Tensor, asFloat(inside)) };
  },
};

export const identityGrad: tf.GradConfig = {
  kernelName: tf.Identity,
  gradFunc: (dy) => ({ x: () => tf.cast(dy as tf.Tensor, 'float32') }),
};

export const castGrad: tf.GradConfig = {
  kernelName: tf.Cast,
  gradFunc: (dy) => ({ x: () => tf.clone(dy as tf.Tensor) }),
};

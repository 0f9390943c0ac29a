import * as tf from '@tensorflow/tfjs-core';
import { asFloat, keptDimsShape } from './reduce-to-shape';

export const sumGrad: tf.GradConfig = {
  kernelName: tf.Sum,
  inputsToSave: ['x'],
  gradFunc: (dy, [x], attrs) => {
    const { axis } = attrs as unknown as tf.SumAttrs;
    const axes = tf.util.parseAxisParam(axis, x.shape);
    const kept = tf.reshape(dy as tf.Tensor, keptDimsShape(x.shape, axes));
    return { x: () => tf.mul(kept, tf.ones(x.shape)) };
  },
};

export const meanGrad: tf.GradConfig = {
  kernelName: tf.Mean,
  inputsToSave: ['x'],
  gradFunc: (dy, [x], attrs) => {
    const { axis } = attrs as unknown as tf.MeanAttrs;
    const axes = tf.util.parseAxisParam(axis, x.shape);
    let count = 1;
    for (const a of axes) count *= x.shape[a];
    const kept = tf.reshape(dy as tf.Tensor, keptDimsShape(x.shape, axes));
    return { x: () => tf.mul(kept, tf.fill(x.shape, 1 / count)) };
  },
};

// The gradient of a max goes to the entries equal to it (all of them, at a tie).
export const maxGrad: tf.GradConfig = {
  kernelName: tf.Max,
  inputsToSave: ['x'],
  outputsToSave: [true],
  gradFunc: (dy, [x, y], attrs) => {
    const { reductionIndices } = attrs as unknown as tf.MaxAttrs;
    const axes = tf.util.parseAxisParam(reductionIndices, x.shape);
    const shape = keptDimsShape(x.shape, axes);
    const isMax = asFloat(tf.equal(x, tf.reshape(y, shape)));
    return { x: () => tf.mul(tf.reshape(dy as tf.Tensor, shape), isMax) };
  },
};

export const softmaxGrad: tf.GradConfig = {
  kernelName: tf.Softmax,
  outputsToSave: [true],
  gradFunc: (dy, [y], attrs) => {
    const { dim } = attrs as unknown as tf.SoftmaxAttrs;
    const g = dy as tf.Tensor;
    // dx = y ⊙ (dy − Σ dy ⊙ y), the Jacobian of softmax applied to dy.
    const inner = tf.sum(tf.mul(g, y), dim, true);
    return { logits: () => tf.mul(y, tf.sub(g, inner)) };
  },
};

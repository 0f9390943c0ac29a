import * as tf from '@tensorflow/tfjs-core';

/** The matrix transpose of each matrix in a batch: swaps the last two axes. */
function swapLast(t: tf.Tensor): tf.Tensor {
  const r = t.shape.length;
  const perm = t.shape.map((_, i) => (i === r - 2 ? r - 1 : i === r - 1 ? r - 2 : i));
  return tf.transpose(t, perm);
}

/** Tensor `index` of what a gradient saved (inputsToSave or outputsToSave), which tfjs must pass. */
function saved(tensors: tf.Tensor[], index: number, kernel: string): tf.Tensor {
  const tensor = tensors[index];
  if (tensor === undefined) throw new Error(`${kernel} gradient: saved tensor ${index} is missing`);
  return tensor;
}

/**
 * C = op(A)·op(B); each case is dC/dA and dC/dB written out for that op. Upstream's passes
 * transpose flags to matMul instead; on wasm a matMul with a transpose flag is many times
 * slower than a transpose then a plain matMul (the values are the same, bit for bit).
 */
export const batchMatMulGrad: tf.GradConfig = {
  kernelName: tf.BatchMatMul,
  inputsToSave: ['a', 'b'],
  gradFunc: (dy, inputs, attrs) => {
    const a = saved(inputs, 0, tf.BatchMatMul);
    const b = saved(inputs, 1, tf.BatchMatMul);
    const g = dy as tf.Tensor;
    const { transposeA, transposeB } = attrs as unknown as tf.BatchMatMulAttrs;
    if (!transposeA && !transposeB) {
      return { a: () => tf.matMul(g, swapLast(b)), b: () => tf.matMul(swapLast(a), g) };
    }
    if (!transposeA && transposeB) {
      return { a: () => tf.matMul(g, b), b: () => tf.matMul(swapLast(g), a) };
    }
    if (transposeA && !transposeB) {
      return { a: () => tf.matMul(b, swapLast(g)), b: () => tf.matMul(a, g) };
    }
    return {
      a: () => tf.matMul(swapLast(b), swapLast(g)),
      b: () => tf.matMul(swapLast(g), swapLast(a)),
    };
  },
};

/**
 * dx = y ⊙ (dy − Σ dy ⊙ y), the Jacobian of softmax applied to dy. Upstream computes
 * dy ⊙ y − (Σ dy ⊙ y) ⊙ y: the same quantity, rounded differently.
 */
export const softmaxGrad: tf.GradConfig = {
  kernelName: tf.Softmax,
  outputsToSave: [true],
  gradFunc: (dy, outputs, attrs) => {
    const y = saved(outputs, 0, tf.Softmax);
    const { dim } = attrs as unknown as tf.SoftmaxAttrs;
    const g = dy as tf.Tensor;
    const inner = tf.sum(tf.mul(g, y), dim, true);
    return { logits: () => tf.mul(y, tf.sub(g, inner)) };
  },
};

/** dy · (1/x). Upstream computes dy / x: the same quantity, rounded differently. */
export const logGrad: tf.GradConfig = {
  kernelName: tf.Log,
  inputsToSave: ['x'],
  gradFunc: (dy, inputs) => {
    const x = saved(inputs, 0, tf.Log);
    return {
      x: () =>
        tf.mul(dy as tf.Tensor, tf.reciprocal(x.dtype === 'float32' ? x : tf.cast(x, 'float32'))),
    };
  },
};

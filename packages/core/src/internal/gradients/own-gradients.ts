import * as tf from '@tensorflow/tfjs-core';

/** The matrix transpose of each matrix in a batch: swaps the last two axes. */
function swapLast(t: tf.Tensor): tf.Tensor {
  const perm = t.shape.map((_, i) => i);
  const r = perm.length;
  [perm[r - 2], perm[r - 1]] = [perm[r - 1], perm[r - 2]];
  return tf.transpose(t, perm);
}

/**
 * C = op(A)·op(B); each case is dC/dA and dC/dB written out for that op. Upstream's passes
 * transpose flags to matMul instead; on wasm a matMul with a transpose flag is many times
 * slower than a transpose then a plain matMul (the values are the same, bit for bit).
 */
export const batchMatMulGrad: tf.GradConfig = {
  kernelName: tf.BatchMatMul,
  inputsToSave: ['a', 'b'],
  gradFunc: (dy, [a, b], attrs) => {
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
  gradFunc: (dy, [y], attrs) => {
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
  gradFunc: (dy, [x]) => ({
    x: () =>
      tf.mul(dy as tf.Tensor, tf.reciprocal(x.dtype === 'float32' ? x : tf.cast(x, 'float32'))),
  }),
};

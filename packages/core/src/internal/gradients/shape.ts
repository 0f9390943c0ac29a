import * as tf from '@tensorflow/tfjs-core';

export const reshapeGrad: tf.GradConfig = {
  kernelName: tf.Reshape,
  inputsToSave: ['x'],
  gradFunc: (dy, [x]) => ({ x: () => tf.reshape(dy as tf.Tensor, x.shape) }),
};

export const expandDimsGrad: tf.GradConfig = {
  kernelName: tf.ExpandDims,
  inputsToSave: ['input'],
  gradFunc: (dy, [input]) => ({ input: () => tf.reshape(dy as tf.Tensor, input.shape) }),
};

export const transposeGrad: tf.GradConfig = {
  kernelName: tf.Transpose,
  gradFunc: (dy, _saved, attrs) => {
    const { perm } = attrs as unknown as tf.TransposeAttrs;
    const inverse = new Array<number>(perm.length);
    for (let i = 0; i < perm.length; i++) inverse[perm[i]] = i;
    return { x: () => tf.transpose(dy as tf.Tensor, inverse) };
  },
};

/**
 * Rows gathered more than once receive the sum of their gradients: an unsorted segment sum
 * of dy keyed by the indices. Only rows (axis 0, no batch dims) are needed by our models.
 */
export const gatherGrad: tf.GradConfig = {
  kernelName: tf.GatherV2,
  inputsToSave: ['x', 'indices'],
  gradFunc: (dy, [x, indices], attrs) => {
    const { axis, batchDims } = attrs as unknown as tf.GatherV2Attrs;
    const parsedAxis = tf.util.parseAxisParam(axis, x.shape)[0];
    if (parsedAxis !== 0 || batchDims !== 0) {
      throw new Error(
        `gather gradient: only axis 0 without batch dims is supported, got axis ${parsedAxis}, batchDims ${batchDims}`,
      );
    }
    return {
      x: () => {
        const n = indices.size;
        const rows = tf.reshape(dy as tf.Tensor, [n, ...x.shape.slice(1)]);
        return tf.unsortedSegmentSum(rows, tf.reshape(indices, [n]), x.shape[0]);
      },
      indices: () => tf.zeros(indices.shape),
    };
  },
};

export const concatGrad: tf.GradConfig = {
  kernelName: tf.Concat,
  saveAllInputs: true,
  gradFunc: (dy, saved, attrs) => {
    const { axis } = attrs as unknown as tf.ConcatAttrs;
    const parsedAxis = tf.util.parseAxisParam(axis, saved[0].shape)[0];
    const parts = tf.split(
      dy as tf.Tensor,
      saved.map((t) => t.shape[parsedAxis]),
      parsedAxis,
    );
    const grads: Record<string, () => tf.Tensor> = {};
    parts.forEach((part, i) => {
      grads[i] = () => part;
    });
    return grads;
  },
};

export const packGrad: tf.GradConfig = {
  kernelName: tf.Pack,
  saveAllInputs: true,
  gradFunc: (dy, saved, attrs) => {
    const { axis } = attrs as unknown as tf.PackAttrs;
    const parts = tf.unstack(dy as tf.Tensor, axis);
    const grads: Record<string, () => tf.Tensor> = {};
    saved.forEach((_t, i) => {
      grads[i] = () => parts[i];
    });
    return grads;
  },
};

export const sliceGrad: tf.GradConfig = {
  kernelName: tf.Slice,
  inputsToSave: ['x'],
  gradFunc: (dy, [x], attrs) => {
    const { begin, size } = attrs as unknown as tf.SliceAttrs;
    const [begins, sizes] = tf.slice_util.parseSliceParams(x, begin, size);
    const paddings = x.shape.map((dim, i): [number, number] => [
      begins[i],
      dim - begins[i] - sizes[i],
    ]);
    return { x: () => tf.pad(dy as tf.Tensor, paddings) };
  },
};

/** A tiled tensor laid out as [rep0, dim0, rep1, dim1, ...]: summing the rep axes undoes it. */
export const tileGrad: tf.GradConfig = {
  kernelName: tf.Tile,
  inputsToSave: ['x'],
  gradFunc: (dy, [x], attrs) => {
    const { reps } = attrs as unknown as tf.TileAttrs;
    const interleaved: number[] = [];
    const repAxes: number[] = [];
    x.shape.forEach((dim, i) => {
      repAxes.push(interleaved.length);
      interleaved.push(reps[i], dim);
    });
    return {
      x: () => tf.reshape(tf.sum(tf.reshape(dy as tf.Tensor, interleaved), repAxes), x.shape),
    };
  },
};

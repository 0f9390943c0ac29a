import * as tf from '@tensorflow/tfjs-core';
import type { NumericArray, WasmBackendLike } from './backend-access';

/**
 * out[r] = x[indices[r]] for rows of `rowSize` values. Throws, as tfjs does, for an index
 * outside [0, numRows).
 */
export function gatherRowsInto(
  out: NumericArray,
  x: NumericArray,
  indices: ArrayLike<number>,
  numRows: number,
  rowSize: number,
): void {
  for (let r = 0; r < indices.length; r++) {
    const index = indices[r]!;
    if (!(index >= 0 && index < numRows)) {
      throw new Error(`GatherV2: the index value ${index} is not in [0, ${numRows - 1}]`);
    }
    const from = index * rowSize;
    const to = r * rowSize;
    for (let j = 0; j < rowSize; j++) out[to + j] = x[from + j]!;
  }
}

/**
 * tfjs-backend-wasm's GatherV2 checks every index through a closure and then walks the
 * output element by element with stride arithmetic; an embedding lookup (rows of a table,
 * axis 0) is a row copy, which this kernel does in JS straight on the wasm heap. Any other
 * gather (another axis, batch dimensions, bool or complex values) goes to the original.
 */
export function wasmGatherRows(original: tf.KernelConfig): tf.KernelConfig {
  const kernelFunc: tf.KernelFunc = (args) => {
    const { x, indices } = args.inputs as tf.GatherV2Inputs;
    if (x === undefined || indices === undefined) {
      throw new Error('GatherV2: inputs x and indices are required');
    }
    const { axis, batchDims } = args.attrs as unknown as tf.GatherV2Attrs;
    const rank = x.shape.length;
    const parsedAxis = axis < 0 ? axis + rank : axis;
    const numRows = x.shape[0]; // undefined for a scalar (rank 0)
    const supported =
      numRows !== undefined &&
      parsedAxis === 0 &&
      (batchDims ?? 0) === 0 &&
      (x.dtype === 'float32' || x.dtype === 'int32') &&
      indices.dtype === 'int32';
    if (!supported) return original.kernelFunc(args);
    const wasm = args.backend as unknown as WasmBackendLike;
    const rowSize = x.shape.slice(1).reduce((size, dim) => size * dim, 1);
    const shape = [...indices.shape, ...x.shape.slice(1)];
    // Allocate first: a malloc may grow the wasm heap and detach any view taken before it.
    const out = wasm.makeOutput(shape, x.dtype);
    if (tf.util.sizeFromShape(shape) === 0) return out;
    gatherRowsInto(
      wasm.typedArrayFromHeap(out),
      wasm.typedArrayFromHeap(x),
      wasm.typedArrayFromHeap(indices),
      numRows,
      rowSize,
    );
    return out;
  };
  // The original's setupFunc binds its wasm function; keep it for the cases passed on.
  return { ...original, kernelFunc };
}

import * as tf from '@tensorflow/tfjs-core';
import type { CpuBackendLike, NumericArray, WasmBackendLike } from './backend-access';

/**
 * out[s] = Σ x[i] over the rows i whose segment id is s. Ids outside [0, numSegments) are
 * dropped, as TensorFlow does. `out` must be zeroed by the caller.
 */
export function segmentSumInto(
  out: NumericArray,
  x: ArrayLike<number>,
  segmentIds: ArrayLike<number>,
  numSegments: number,
  rowSize: number,
): void {
  for (let i = 0; i < segmentIds.length; i++) {
    const segment = segmentIds[i]!;
    if (segment < 0 || segment >= numSegments) continue;
    const from = i * rowSize;
    const to = segment * rowSize;
    for (let j = 0; j < rowSize; j++) out[to + j]! += x[from + j]!;
  }
}

function outputShape(x: tf.TensorInfo, segmentIds: tf.TensorInfo, numSegments: number): number[] {
  return [numSegments, ...x.shape.slice(segmentIds.shape.length)];
}

function rowSizeOf(shape: number[]): number {
  let size = 1;
  for (const dim of shape.slice(1)) size *= dim;
  return size;
}

function readInputs(inputs: tf.NamedTensorInfoMap): {
  x: tf.TensorInfo;
  segmentIds: tf.TensorInfo;
} {
  const { x, segmentIds } = inputs as tf.UnsortedSegmentSumInputs;
  if (x === undefined || segmentIds === undefined) {
    throw new Error('unsortedSegmentSum: inputs x and segmentIds are required');
  }
  if (x.dtype !== 'float32' && x.dtype !== 'int32') {
    throw new Error(`unsortedSegmentSum: x must be float32 or int32, got ${x.dtype}`);
  }
  return { x, segmentIds };
}

const wasmKernel: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { x, segmentIds } = readInputs(inputs);
  const { numSegments } = attrs as unknown as tf.UnsortedSegmentSumAttrs;
  const wasm = backend as unknown as WasmBackendLike;
  const shape = outputShape(x, segmentIds, numSegments);
  // Allocate first: a malloc may grow the wasm heap and detach any view taken before it.
  const out = wasm.makeOutput(shape, x.dtype);
  const outValues = wasm.typedArrayFromHeap(out);
  outValues.fill(0);
  const xValues = wasm.typedArrayFromHeap(x);
  const ids = wasm.typedArrayFromHeap(segmentIds);
  segmentSumInto(outValues, xValues, ids, numSegments, rowSizeOf(shape));
  return out;
};

const cpuKernel: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { x, segmentIds } = readInputs(inputs);
  const { numSegments } = attrs as unknown as tf.UnsortedSegmentSumAttrs;
  const cpu = backend as unknown as CpuBackendLike;
  const shape = outputShape(x, segmentIds, numSegments);
  const size = numSegments * rowSizeOf(shape);
  const outValues = x.dtype === 'int32' ? new Int32Array(size) : new Float32Array(size);
  const xValues = cpu.readSync(x.dataId) as NumericArray;
  const ids = cpu.readSync(segmentIds.dataId) as NumericArray;
  segmentSumInto(outValues, xValues, ids, numSegments, rowSizeOf(shape));
  return cpu.makeTensorInfo(shape, x.dtype, outValues);
};

/** The wasm backend has no UnsortedSegmentSum at all, so `tf.gather` had no gradient there. */
export const wasmUnsortedSegmentSum: tf.KernelConfig = {
  kernelName: tf.UnsortedSegmentSum,
  backendName: 'wasm',
  kernelFunc: wasmKernel,
};

/**
 * The cpu backend's own UnsortedSegmentSum builds a mask tensor per segment (O(segments ×
 * rows)), which makes every embedding-table gradient crawl; this one is a single pass.
 */
export const cpuUnsortedSegmentSum: tf.KernelConfig = {
  kernelName: tf.UnsortedSegmentSum,
  backendName: 'cpu',
  kernelFunc: cpuKernel,
};

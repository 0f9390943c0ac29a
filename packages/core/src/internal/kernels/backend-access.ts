import type * as tf from '@tensorflow/tfjs-core';

export type NumericArray = Float32Array | Int32Array | Uint8Array;

/** The parts of the wasm backend our JS-side code uses (see tfjs-backend-wasm's own kernels). */
export interface WasmBackendLike {
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  /** A view of the tensor's values on the wasm heap; a later malloc may detach it. */
  typedArrayFromHeap(info: tf.TensorInfo): NumericArray;
  /** The Emscripten module, whose exports include the heap's WebAssembly.Memory. */
  wasm?: { asm?: { memory?: object } };
}

/** The parts of the cpu backend a kernel uses: read values, make a tensor from values. */
export interface CpuBackendLike {
  readSync(dataId: tf.DataId): tf.backend_util.BackendValues;
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: NumericArray): tf.TensorInfo;
}

import type * as tf from '@tensorflow/tfjs-core';
import { adamSimdFor } from './adam-simd';
import type { NumericArray, WasmBackendLike } from './backend-access';

/** Our kernel: one Adam update of a variable and its two moments, in one pass. */
export const AdamStep = 'GoodhartAdamStep';

/** The step's constants, each a float32 value as tfjs's scalar tensors hold them. */
export interface AdamStepAttrs {
  beta1: number;
  oneMinusBeta1: number;
  beta2: number;
  oneMinusBeta2: number;
  /** 1 − β1^t and 1 − β2^t, the bias corrections of step t. */
  oneMinusAccBeta1: number;
  oneMinusAccBeta2: number;
  epsilon: number;
  negativeLearningRate: number;
}

/**
 * x, m, v → x', m', v' with the arithmetic of tfjs's AdamOptimizer, op by op, each result
 * rounded to float32 as its tensor would hold it (the scalar form of adam-simd).
 */
export function adamStepInto(
  x: NumericArray,
  m: NumericArray,
  v: NumericArray,
  gradient: NumericArray,
  outX: NumericArray,
  outM: NumericArray,
  outV: NumericArray,
  attrs: AdamStepAttrs,
): void {
  const f = Math.fround;
  const { beta1, oneMinusBeta1, beta2, oneMinusBeta2, oneMinusAccBeta1, oneMinusAccBeta2 } = attrs;
  const { epsilon, negativeLearningRate } = attrs;
  for (let i = 0; i < x.length; i++) {
    // The kernel checked that m, v and gradient have x's shape.
    const g = gradient[i]!;
    const first = f(f(m[i]! * beta1) + f(g * oneMinusBeta1));
    const second = f(f(v[i]! * beta2) + f(f(g * g) * oneMinusBeta2));
    const firstCorrected = f(first / oneMinusAccBeta1);
    const secondCorrected = f(second / oneMinusAccBeta2);
    const denominator = f(f(Math.sqrt(secondCorrected)) + epsilon);
    outX[i] = f(f(f(firstCorrected / denominator) * negativeLearningRate) + x[i]!);
    outM[i] = first;
    outV[i] = second;
  }
}

type Inputs = [x: tf.TensorInfo, m: tf.TensorInfo, v: tf.TensorInfo, gradient: tf.TensorInfo];

function readInputs(inputs: tf.NamedTensorInfoMap): Inputs {
  const { x, m, v, gradient } = inputs as Partial<Record<string, tf.TensorInfo>>;
  if (x === undefined || m === undefined || v === undefined || gradient === undefined) {
    throw new Error(`${AdamStep}: inputs x, m, v and gradient are required`);
  }
  for (const t of [x, m, v, gradient]) {
    if (t.dtype !== 'float32' || t.shape.join() !== x.shape.join()) {
      throw new Error(`${AdamStep}: x, m, v and gradient must be float32 of one shape`);
    }
  }
  return [x, m, v, gradient];
}

/** The step's constants in the order the SIMD module takes them (adam-simd.wat's params). */
export function simdConstants(constants: AdamStepAttrs): number[] {
  return [
    constants.beta1,
    constants.oneMinusBeta1,
    constants.beta2,
    constants.oneMinusBeta2,
    constants.oneMinusAccBeta1,
    constants.oneMinusAccBeta2,
    constants.epsilon,
    constants.negativeLearningRate,
  ];
}

/**
 * Four lanes at a time in our WebAssembly module, in place on the heap; the last count % 4
 * elements (and everything, where the runtime lacks SIMD) in JavaScript.
 */
const wasmKernel: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const [xInfo, mInfo, vInfo, gradientInfo] = readInputs(inputs);
  const wasm = backend as unknown as WasmBackendLike;
  // Allocate first: a malloc may grow the wasm heap and detach any view taken before it.
  const outputs: [tf.TensorInfo, tf.TensorInfo, tf.TensorInfo] = [
    wasm.makeOutput(xInfo.shape, 'float32'),
    wasm.makeOutput(mInfo.shape, 'float32'),
    wasm.makeOutput(vInfo.shape, 'float32'),
  ];
  const view = (t: tf.TensorInfo) => wasm.typedArrayFromHeap(t);
  const [x, m, v, gradient] = [view(xInfo), view(mInfo), view(vInfo), view(gradientInfo)];
  const [outX, outM, outV] = [view(outputs[0]), view(outputs[1]), view(outputs[2])];
  const constants = attrs as unknown as AdamStepAttrs;
  const memory = wasm.wasm?.asm?.memory;
  const simd = memory === undefined ? null : adamSimdFor(memory);
  const vectorised = simd === null ? 0 : x.length - (x.length % 4);
  if (simd !== null && vectorised > 0) {
    simd(
      ...[x, m, v, gradient, outX, outM, outV].map((view) => view.byteOffset),
      vectorised,
      ...simdConstants(constants),
    );
  }
  const rest = (view: NumericArray) => view.subarray(vectorised);
  adamStepInto(
    rest(x),
    rest(m),
    rest(v),
    rest(gradient),
    rest(outX),
    rest(outM),
    rest(outV),
    constants,
  );
  return outputs;
};

export const wasmAdamStep: tf.KernelConfig = {
  kernelName: AdamStep,
  backendName: 'wasm',
  kernelFunc: wasmKernel,
};

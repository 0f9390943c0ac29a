import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { initBackend } from '../../backend';
import { expectNoLeakedTensors } from '../testing';

type Op = (x: tf.Tensor) => tf.Tensor;

/** Fixed, distinct weights (exact in float32), so each output's gradient differs. */
function weightsFor(size: number): number[] {
  return Array.from({ length: size }, (_, i) => 0.5 + 0.25 * (i % 5));
}

/** op's outputs at `values`, as float32 numbers. */
function outputsAt(op: Op, values: number[], shape: number[]): Float32Array {
  return tf.tidy(() => op(tf.tensor(values, shape)).dataSync() as Float32Array);
}

/**
 * ∂(Σ w ⊙ op(x))/∂x_i by central differences, summed output by output in float64 (so the
 * rounding of a float32 sum does not swamp the difference) over the step actually taken (x ± h
 * rounded to float32), then Richardson-extrapolated over h and h/2 (error O(h⁴) rather than
 * O(h²)). What remains is each output's float32 rounding divided by the step: about 1e-6 here.
 */
function numericGradient(op: Op, values: number[], shape: number[]): number[] {
  const central = (i: number, h: number): number => {
    const shifted = (delta: number) => {
      const at = values.slice();
      at[i] = Math.fround(values[i]! + delta);
      return { x: at[i], y: outputsAt(op, at, shape) };
    };
    const plus = shifted(h);
    const minus = shifted(-h);
    const w = weightsFor(plus.y.length);
    let sum = 0;
    for (let j = 0; j < plus.y.length; j++) sum += w[j]! * (plus.y[j]! - minus.y[j]!);
    return sum / (plus.x - minus.x);
  };
  const h = 1 / 32;
  return values.map((_, i) => (4 * central(i, h / 2) - central(i, h)) / 3);
}

function analyticGradient(op: Op, values: number[], shape: number[]): number[] {
  return expectNoLeakedTensors(() =>
    tf.tidy(() => {
      const f = (x: tf.Tensor): tf.Scalar => {
        const y = op(x);
        return tf.sum(tf.mul(tf.tensor(weightsFor(y.size), y.shape), y));
      };
      return Array.from(tf.grad(f)(tf.tensor(values, shape)).dataSync());
    }),
  );
}

// Relative to max(1, |numeric|). It was 2e-2 with the old single-step float32 differences; the
// largest error any case below shows on cpu or wasm is 1.4e-5 (logSoftmax), most are below 5e-6.
const tolerance = 5e-5;

function checkGradient(op: Op, values: number[], shape: number[]): void {
  const analytic = analyticGradient(op, values, shape);
  const numeric = numericGradient(op, values, shape);
  analytic.forEach((g, i) => {
    expect(Math.abs(g - numeric[i]!)).toBeLessThan(tolerance * Math.max(1, Math.abs(numeric[i]!)));
  });
}

const x23 = [0.3, -1.2, 0.8, 1.5, -0.4, 2.1];
const positive23 = [0.3, 1.2, 0.8, 1.5, 0.4, 2.1];
const c = (values: number[], shape: number[]) => tf.tensor(values, shape);

const cases: Array<[string, Op, number[], number[]]> = [
  ['add (broadcast a)', (x) => tf.add(x, c([1, 2, 3, 4], [1, 4])), [0.1, 0.2, 0.3], [3, 1]],
  ['add (broadcast b)', (x) => tf.add(c([1, 2, 3, 4, 5, 6], [2, 3]), x), [0.5, -0.5, 1], [3]],
  ['sub (b)', (x) => tf.sub(c([1, 2, 3, 4, 5, 6], [2, 3]), x), [0.5, -0.5, 1], [3]],
  ['mul (broadcast)', (x) => tf.mul(x, c([1, -2, 3, 0.5, 5, -6], [2, 3])), [0.5, -0.5, 1], [3]],
  ['div (a)', (x) => tf.div(x, c([1, -2, 3], [3])), x23, [2, 3]],
  ['div (b)', (x) => tf.div(c([1, -2, 3, 4, 2, 1], [2, 3]), x), [1.5, 2, 2.5], [3]],
  ['maximum', (x) => tf.maximum(x, c([0, 0, 1, 1, 0, 3], [2, 3])), x23, [2, 3]],
  ['minimum', (x) => tf.minimum(c([0, 0, 1, 1, 0, 3], [2, 3]), x), x23, [2, 3]],
  ['squaredDifference', (x) => tf.squaredDifference(x, c([1, 0, 2], [3])), x23, [2, 3]],
  ['matMul a', (x) => tf.matMul(x, c([1, 2, 3, 4, 5, 6], [3, 2])), x23, [2, 3]],
  ['matMul b', (x) => tf.matMul(c([1, 2, 3, 4, 5, 6], [3, 2]), x), x23, [2, 3]],
  ['matMul a, tB', (x) => tf.matMul(x, c([1, 2, 3, 4, 5, 6], [2, 3]), false, true), x23, [2, 3]],
  ['matMul b, tB', (x) => tf.matMul(c([1, 2, 3, 4], [2, 2]), x, false, true), x23, [3, 2]],
  ['matMul a, tA', (x) => tf.matMul(x, c([1, 2, 3, 4], [2, 2]), true, false), x23, [2, 3]],
  ['matMul b, tA', (x) => tf.matMul(c([1, 2, 3, 4, 5, 6], [3, 2]), x, true, false), x23, [3, 2]],
  ['matMul a, tA tB', (x) => tf.matMul(x, c([1, 2, 3, 4], [2, 2]), true, true), x23, [2, 3]],
  ['matMul b, tA tB', (x) => tf.matMul(c([1, 2, 3, 4], [2, 2]), x, true, true), x23, [3, 2]],
  [
    'batched matMul a',
    (x) => tf.matMul(x, c([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [2, 3, 2])),
    x23,
    [2, 1, 3],
  ],
  [
    'batched matMul b',
    (x) => tf.matMul(c([1, -2, 3, 0.5, 2, -1], [2, 1, 3]), x),
    [...x23, ...x23],
    [2, 3, 2],
  ],
  ['neg', (x) => tf.neg(x), x23, [2, 3]],
  ['square', (x) => tf.square(x), x23, [2, 3]],
  ['sqrt', (x) => tf.sqrt(x), positive23, [2, 3]],
  ['exp', (x) => tf.exp(x), x23, [2, 3]],
  ['log', (x) => tf.log(x), positive23, [2, 3]],
  ['log1p', (x) => tf.log1p(x), positive23, [2, 3]],
  ['sigmoid', (x) => tf.sigmoid(x), x23, [2, 3]],
  ['softplus', (x) => tf.softplus(x), x23, [2, 3]],
  ['tanh', (x) => tf.tanh(x), x23, [2, 3]],
  ['relu', (x) => tf.relu(x), x23, [2, 3]],
  ['abs', (x) => tf.abs(x), x23, [2, 3]],
  ['clipByValue', (x) => tf.clipByValue(x, -1, 1), x23, [2, 3]],
  ['clone', (x) => tf.clone(x), x23, [2, 3]],
  ['cast', (x) => tf.cast(x, 'float32'), x23, [2, 3]],
  ['sum axis 1', (x) => tf.sum(x, 1), x23, [2, 3]],
  ['sum axis 0 keepDims', (x) => tf.sum(x, 0, true), x23, [2, 3]],
  ['mean all', (x) => tf.mean(x), x23, [2, 3]],
  ['mean axis -1', (x) => tf.mean(x, -1), x23, [2, 3]],
  ['max axis 1', (x) => tf.max(x, 1), x23, [2, 3]],
  ['logSumExp', (x) => tf.logSumExp(x, 1), x23, [2, 3]],
  ['softmax', (x) => tf.softmax(x), x23, [2, 3]],
  ['logSoftmax', (x) => tf.logSoftmax(x), x23, [2, 3]],
  ['reshape', (x) => tf.reshape(x, [3, 2]), x23, [2, 3]],
  ['expandDims', (x) => tf.expandDims(x, 1), x23, [2, 3]],
  ['transpose', (x) => tf.transpose(x), x23, [2, 3]],
  ['gather rows (repeated)', (x) => tf.gather(x, tf.tensor1d([1, 0, 1, 1], 'int32')), x23, [2, 3]],
  ['concat', (x) => tf.concat([x, tf.mul(x, x)], 1), x23, [2, 3]],
  ['stack', (x) => tf.stack([x, tf.exp(x)], 1), x23, [2, 3]],
  ['slice', (x) => tf.slice(x, [0, 1], [2, 2]), x23, [2, 3]],
  ['tile', (x) => tf.tile(x, [2, 3]), x23, [2, 3]],
  ['where via mask', (x) => tf.mul(x, c([1, 0, 1, 0, 1, 0], [2, 3])), x23, [2, 3]],
];

describe.each(['cpu', 'wasm'] as const)('gradients match finite differences on %s', (backend) => {
  beforeAll(async () => {
    await initBackend(backend);
  });
  test.each(cases)('%s', (_name, op, values, shape) => {
    checkGradient(op, values, shape);
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { initBackend } from '../../backend';
import { expectNoLeakedTensors } from '../testing';
import { coreGradients, registerCoreGradients, upstreamGradients } from './register';

beforeAll(async () => {
  await initBackend('cpu');
});

function ownGradient(kernelName: string): tf.GradConfig {
  const config = coreGradients.find((c) => c.kernelName === kernelName);
  if (config === undefined) throw new Error(`no gradient of ours for ${kernelName}`);
  return config;
}

function upstreamGradient(kernelName: string): tf.GradConfig {
  const config = upstreamGradients.get(kernelName);
  if (config === undefined)
    throw new Error(`@tensorflow/tfjs registered no gradient for ${kernelName}`);
  return config;
}

test("ours stand in place of upstream's for the kernels we keep, and only those", () => {
  expect(coreGradients.map((c) => c.kernelName).sort()).toEqual([
    tf.BatchMatMul,
    tf.Log,
    tf.Softmax,
  ]);
  for (const ours of coreGradients) {
    expect(upstreamGradient(ours.kernelName)).not.toBe(ours);
    expect(tf.getGradient(ours.kernelName)).toBe(ours);
  }
  // Everything else is upstream's: the gather gradient our embeddings train through, say.
  expect(tf.getGradient(tf.GatherV2)?.gradFunc.toString()).toContain('unsortedSegmentSum');
});

test('an existing gradient is never replaced', () => {
  const ours = ownGradient(tf.Softmax);
  const upstream = upstreamGradient(tf.Softmax);
  // Someone else's gradient for a kernel we keep our own of: ours must not overwrite it.
  const theirs: tf.GradConfig = {
    kernelName: tf.Softmax,
    gradFunc: (dy) => ({ logits: () => dy as tf.Tensor }),
  };
  tf.registerGradient(theirs);
  try {
    registerCoreGradients();
    expect(tf.getGradient(tf.Softmax)).toBe(theirs);
    // Upstream's, by contrast, is replaced: the same call does something.
    tf.registerGradient(upstream);
    registerCoreGradients();
    expect(tf.getGradient(tf.Softmax)).toBe(ours);
  } finally {
    tf.registerGradient(ours);
  }
});

/** ∂(Σ w ⊙ op(x))/∂x with `config` as the kernel's gradient, then ours put back. */
function gradientWith(
  config: tf.GradConfig,
  op: (x: tf.Tensor) => tf.Tensor,
  x: number[],
  shape: number[],
): Float32Array {
  tf.registerGradient(config);
  try {
    return expectNoLeakedTensors(() =>
      tf.tidy(() => {
        const f = (t: tf.Tensor): tf.Scalar => {
          const y = op(t);
          const w = Array.from({ length: y.size }, (_, i) => Math.sin(i + 1));
          return tf.sum(tf.mul(tf.tensor(w, y.shape), y));
        };
        return tf.grad(f)(tf.tensor(x, shape)).dataSync() as Float32Array;
      }),
    );
  } finally {
    tf.registerGradient(ownGradient(config.kernelName));
  }
}

const values = (n: number, offset = 0) =>
  Array.from({ length: n }, (_, i) => offset + Math.cos(3 * i + 1));

const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

describe.each(['cpu', 'wasm'] as const)("ours compute upstream's values on %s", (backend) => {
  beforeAll(async () => {
    await initBackend(backend);
  });

  // Only the matMul layout differs, so the values agree bit for bit.
  const c = (shape: number[]) => tf.tensor(values(sizeOf(shape), 0.5), shape);
  test.each([
    ['a', (x: tf.Tensor) => tf.matMul(x, c([5, 4])), [3, 5]],
    ['b', (x: tf.Tensor) => tf.matMul(c([3, 5]), x), [5, 4]],
    ['a, transposeA', (x: tf.Tensor) => tf.matMul(x, c([3, 4]), true, false), [3, 5]],
    ['b, transposeB', (x: tf.Tensor) => tf.matMul(c([3, 5]), x, false, true), [4, 5]],
    ['a, both', (x: tf.Tensor) => tf.matMul(x, c([4, 3]), true, true), [3, 5]],
    ['b, both', (x: tf.Tensor) => tf.matMul(c([5, 3]), x, true, true), [4, 5]],
    ['batched', (x: tf.Tensor) => tf.matMul(x, c([2, 5, 4])), [2, 3, 5]],
  ] as const)('matMul %s: bit for bit', (_name, op, shape) => {
    const x = values(sizeOf(shape));
    const config = ownGradient(tf.BatchMatMul);
    expect(gradientWith(config, op, x, [...shape])).toEqual(
      gradientWith(upstreamGradient(tf.BatchMatMul), op, x, [...shape]),
    );
  });

  // The same quantity rounded differently: within a few float32 ulps of the values involved.
  test('softmax and log: within a few float32 roundings', () => {
    const ulp = 2 ** -23;
    const cases: Array<[string, (x: tf.Tensor) => tf.Tensor, number[]]> = [
      [tf.Softmax, (x) => tf.softmax(x), values(24)],
      [tf.Log, (x) => tf.log(x), values(24, 1.5)],
    ];
    for (const [kernel, op, x] of cases) {
      const ours = gradientWith(ownGradient(kernel), op, x, [4, 6]);
      const upstream = gradientWith(upstreamGradient(kernel), op, x, [4, 6]);
      ours.forEach((g, i) => {
        expect(Math.abs(g - upstream[i]!)).toBeLessThanOrEqual(4 * ulp * Math.max(1, Math.abs(g)));
      });
    }
  });
});

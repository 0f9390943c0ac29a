import { createRng } from '@goodhart/random';
import { expect, test } from 'vitest';
import { adamSimdFor } from './adam-simd';
import { type AdamStepAttrs, adamStepInto, simdConstants } from './adam-step';

interface MemoryLike {
  buffer: ArrayBuffer;
}
const { Memory } = (
  globalThis as unknown as {
    WebAssembly: { Memory: new (d: { initial: number }) => MemoryLike };
  }
).WebAssembly;

const f = Math.fround;
const attrs: AdamStepAttrs = {
  beta1: f(0.9),
  oneMinusBeta1: f(1 - 0.9),
  beta2: f(0.999),
  oneMinusBeta2: f(1 - 0.999),
  oneMinusAccBeta1: f(1 - f(0.9 ** 3)),
  oneMinusAccBeta2: f(1 - f(0.999 ** 3)),
  epsilon: f(1e-7),
  negativeLearningRate: f(-0.02),
};

test('the SIMD module and the scalar loop agree bit for bit, zeros and extremes included', () => {
  const count = 1024;
  const memory = new Memory({ initial: 1 });
  const adam = adamSimdFor(memory);
  expect(adam).not.toBeNull();
  const rng = createRng(9);
  // Seven arrays of `count` floats, one after another in the memory.
  const at = (k: number) => new Float32Array(memory.buffer, k * count * 4, count);
  const arrays = [at(0), at(1), at(2), at(3), at(4), at(5), at(6)] as const;
  const [x, m, v, gradient, outX, outM, outV] = arrays;
  const special = [0, -0, 1e-30, -1e-30, 3.4e38, 1e-45, 7];
  for (let i = 0; i < count; i++) {
    x[i] = i < special.length ? special[i]! : rng.normal();
    m[i] = rng.normal() * 0.1;
    v[i] = Math.abs(rng.normal()) * 0.01;
    gradient[i] = i < special.length ? special[special.length - 1 - i]! : rng.normal() * 0.3;
  }
  adam?.(...arrays.map((a) => a.byteOffset), count, ...simdConstants(attrs));
  const expected = [
    new Float32Array(count),
    new Float32Array(count),
    new Float32Array(count),
  ] as const;
  adamStepInto(x, m, v, gradient, ...expected, attrs);
  expect([outX, outM, outV].map((out) => Array.from(out))).toEqual(
    expected.map((out) => Array.from(out)),
  );
  // The step moved x (the comparison is not of two untouched copies).
  expect(outX[100]).not.toBe(x[100]);
});

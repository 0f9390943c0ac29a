import { createRng } from '@goodhart/random';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, test } from 'vitest';
import { initBackend } from '../../backend';
import { AdamStep } from '../../internal/kernels/adam-step';
import { expectNoLeakedTensors } from '../../internal/testing';
import { Adam } from './adam';

/** An embedding-style problem: a gathered table, a dense layer, a loss over a batch. */
function problem(seed: number) {
  const rng = createRng(seed);
  const values = (n: number) => Float32Array.from({ length: n }, () => rng.normal() * 0.5);
  // 13 × 3 and 3 × 2: sizes that are not multiples of four, so the scalar tail runs too.
  const [table, weights, unused] = tf.tidy(() => [
    tf.variable(tf.tensor2d(values(13 * 3), [13, 3])),
    tf.variable(tf.tensor2d(values(3 * 2), [3, 2])),
    tf.variable(tf.tensor1d(values(3))),
  ]);
  const batches = Array.from({ length: 6 }, () => ({
    rows: Int32Array.from({ length: 8 }, () => rng.int(13)),
    targets: values(8 * 2),
  }));
  const loss = (step: number) => () =>
    tf.tidy(() => {
      const { rows, targets } = batches[step % batches.length]!;
      const out = tf.matMul(tf.gather(table, tf.tensor1d(rows, 'int32')), weights);
      return tf.mean(tf.square(tf.sub(out, tf.tensor2d(targets, [8, 2])))) as tf.Scalar;
    });
  return { variables: [table, weights, unused], loss };
}

describe.each(['cpu', 'wasm'] as const)('Adam on %s', (backend) => {
  test('takes the same steps as tf.train.adam, bit for bit, and leaks nothing', async () => {
    await initBackend(backend);
    const ours = problem(3);
    const theirs = problem(3);
    const before = tf.memory().numTensors;
    const adam = new Adam(0.05);
    const reference = tf.train.adam(0.05);
    for (let step = 0; step < 25; step++) {
      // The unused variable gets no gradient: both leave it and its moments alone.
      adam.minimize(ours.loss(step), ours.variables);
      reference.minimize(theirs.loss(step), false, theirs.variables);
    }
    ours.variables.forEach((variable, i) => {
      expect(Array.from(variable.dataSync())).toEqual(Array.from(theirs.variables[i]!.dataSync()));
    });
    const untouched = problem(3);
    expect(Array.from(ours.variables[0]!.dataSync())).not.toEqual(
      Array.from(untouched.variables[0]!.dataSync()),
    );
    tf.dispose(untouched.variables);
    adam.dispose();
    reference.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expectNoLeakedTensors(() => {
      const another = new Adam(0.01);
      another.minimize(ours.loss(0), ours.variables);
      another.dispose();
    });
    tf.dispose([...ours.variables, ...theirs.variables]);
  });
});

test('on wasm the update runs as one fused kernel per variable', async () => {
  await initBackend('wasm');
  const { variables, loss } = problem(4);
  const adam = new Adam(0.05);
  const profile = await tf.profile(() => adam.minimize(loss(0), variables));
  const names = profile.kernels.map((k) => k.name);
  expect(names.filter((n) => n === AdamStep)).toHaveLength(2);
  expect(names).not.toContain('Sqrt');
  adam.dispose();
  tf.dispose(variables);
});

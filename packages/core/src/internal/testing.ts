import * as tf from '@tensorflow/tfjs-core';

/**
 * Runs `fn` and throws if it leaves more (or fewer) live tensors behind than it found.
 * Test-only helper; it has no vitest dependency so any test can use it.
 */
export function expectNoLeakedTensors<T>(fn: () => T): T {
  const before = tf.memory().numTensors;
  const result = fn();
  const after = tf.memory().numTensors;
  if (after !== before) {
    throw new Error(
      `expected no leaked tensors, but ${after - before} more are alive (${before} -> ${after})`,
    );
  }
  return result;
}

type Values = number[] | number[][];

/**
 * Makes tensors of `inputs`, calls the loss-like `fn` on them, and returns its scalar value,
 * checking that `fn` frees everything but its output. The inputs are freed afterwards.
 */
export function evaluateScalar(
  fn: (...inputs: tf.Tensor[]) => tf.Scalar,
  ...inputs: Values[]
): number {
  const tensors = inputs.map((v) => tf.tensor(v));
  try {
    return expectNoLeakedTensors(() => {
      const out = fn(...tensors);
      const value = out.dataSync()[0];
      out.dispose();
      if (value === undefined) throw new Error('evaluateScalar: fn returned an empty tensor');
      return value;
    });
  } finally {
    tf.dispose(tensors);
  }
}

/** The gradient of `fn` at `at`, as numbers, checking nothing leaks. */
export function gradientOf(fn: (x: tf.Tensor) => tf.Scalar, at: tf.Tensor): number[] {
  return expectNoLeakedTensors(() => tf.tidy(() => Array.from(tf.grad(fn)(at).dataSync())));
}

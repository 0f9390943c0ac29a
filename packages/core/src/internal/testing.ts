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

import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { backendEnvVar, currentBackend, initBackend } from './backend';

/** Whether the optional native binding resolves from this package (the README suggests it). */
function nativeBindingInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('@tensorflow/tfjs-node');
    return true;
  } catch {
    return false;
  }
}

// Whoever runs the suite may force a backend; these tests set the variable themselves.
const outside = process.env[backendEnvVar];
beforeAll(() => {
  delete process.env[backendEnvVar];
});
afterEach(() => {
  delete process.env[backendEnvVar];
});
afterAll(() => {
  if (outside !== undefined) process.env[backendEnvVar] = outside;
});

describe('initBackend', () => {
  test('the fastest that loads is chosen: tfjs-node when installed, else wasm', async () => {
    const fastest = nativeBindingInstalled() ? 'tensorflow' : 'wasm';
    expect(await initBackend()).toBe(fastest);
    expect(currentBackend()).toBe(fastest);
  });

  test('a later call without a preference keeps the choice; a named one switches', async () => {
    expect(await initBackend('cpu')).toBe('cpu');
    expect(await initBackend()).toBe('cpu');
    expect(currentBackend()).toBe('cpu');
  });

  test('asking for the native binding starts it, or fails naming it when it is absent', async () => {
    if (nativeBindingInstalled()) {
      expect(await initBackend('tensorflow')).toBe('tensorflow');
    } else {
      await expect(initBackend('tensorflow')).rejects.toThrow(
        /initBackend: no backend could start \(tensorflow: @tensorflow\/tfjs-node is not installed/,
      );
    }
  });

  test('GOODHART_BACKEND overrides the argument', async () => {
    process.env[backendEnvVar] = 'cpu';
    expect(await initBackend('wasm')).toBe('cpu');
    process.env[backendEnvVar] = 'gpu';
    await expect(initBackend()).rejects.toThrow(
      'GOODHART_BACKEND="gpu" is not a backend; expected one of tensorflow, wasm, cpu',
    );
  });

  test('an unknown name is refused', async () => {
    await expect(initBackend('webgl' as never)).rejects.toThrow(
      'initBackend: unknown backend "webgl"; known: tensorflow, wasm, cpu',
    );
  });
});

import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import wabt from 'wabt';
import { adamModuleBytes, adamSimdFor } from './adam-simd';

test('the readable adam-simd.wat assembles to the module bytes the kernel uses', async () => {
  const source = readFileSync(new URL('./adam-simd.wat', import.meta.url), 'utf8');
  const module = (await wabt()).parseWat('adam-simd.wat', source, { simd: true });
  try {
    const { buffer } = module.toBinary({ canonicalize_lebs: true, write_debug_names: false });
    expect(Array.from(buffer)).toEqual(Array.from(adamModuleBytes));
  } finally {
    module.destroy();
  }
});

interface MemoryConstructor {
  new (descriptor: { initial: number; maximum?: number; shared?: boolean }): object;
}

test('a memory the module cannot import gives no SIMD kernel instead of throwing', () => {
  const { Memory } = (globalThis as unknown as { WebAssembly: { Memory: MemoryConstructor } })
    .WebAssembly;
  // The module imports an unshared memory; a shared one fails to link (a LinkError).
  const shared = new Memory({ initial: 1, maximum: 1, shared: true });
  expect(adamSimdFor(shared)).toBeNull();
  expect(adamSimdFor(new Memory({ initial: 1 }))).toBeTypeOf('function');
});

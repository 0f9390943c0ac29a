/**
 * One Adam step over float32 arrays on the wasm heap, four lanes at a time, as a WebAssembly
 * module of our own that imports tfjs-backend-wasm's memory, so it reads and writes tensors in
 * place. Written out here instruction by instruction, so the build needs no WebAssembly
 * toolchain; the readable source is adam-simd.wat beside this file, and adam-simd.test.ts
 * checks that assembling it gives these bytes exactly. Each f32x4 operation rounds every lane
 * exactly as the scalar float32 operation does, so the results are those of tfjs's op-by-op
 * AdamOptimizer, bit for bit.
 */

// Opcodes used below (WebAssembly core and SIMD specifications).
const op = {
  block: 0x02,
  loop: 0x03,
  br: 0x0c,
  brIf: 0x0d,
  end: 0x0b,
  localGet: 0x20,
  localSet: 0x21,
  i32Const: 0x41,
  i32GeU: 0x4f,
  i32Add: 0x6a,
  i32Shl: 0x74,
  simd: 0xfd,
} as const;
const simd = {
  load: 0x00,
  store: 0x0b,
  f32x4Splat: 0x13,
  f32x4Sqrt: 0xe3,
  f32x4Add: 0xe4,
  f32x4Mul: 0xe6,
  f32x4Div: 0xe7,
} as const;
const type = { i32: 0x7f, f32: 0x7d, v128: 0x7b, func: 0x60, void: 0x40 } as const;

function unsignedLeb(value: number): number[] {
  const bytes: number[] = [];
  let rest = value >>> 0;
  do {
    const byte = rest & 0x7f;
    rest >>>= 7;
    bytes.push(rest === 0 ? byte : byte | 0x80);
  } while (rest !== 0);
  return bytes;
}

const vector = (items: number[][]): number[] => [...unsignedLeb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [
  id,
  ...unsignedLeb(body.length),
  ...body,
];
const name = (text: string): number[] => vector([...text].map((c) => [c.charCodeAt(0)]));

// Parameters: seven array addresses, the element count, the eight constants of AdamStepAttrs.
const X = 0;
const M = 1;
const V = 2;
const G = 3;
const OUT_X = 4;
const OUT_M = 5;
const OUT_V = 6;
const COUNT = 7;
const FIRST_CONSTANT = 8;
const CONSTANTS = 8;
// Locals: the byte offset, the end offset, the constants splatted to four lanes, three vectors.
const OFFSET = 16;
const END = 17;
const SPLAT = 18; // SPLAT + k holds constant k
const GRADIENT = 26;
const FIRST = 27;
const SECOND = 28;
// Constant k, in AdamStepAttrs order.
const BETA1 = SPLAT;
const ONE_MINUS_BETA1 = SPLAT + 1;
const BETA2 = SPLAT + 2;
const ONE_MINUS_BETA2 = SPLAT + 3;
const CORRECTION1 = SPLAT + 4;
const CORRECTION2 = SPLAT + 5;
const EPSILON = SPLAT + 6;
const STEP = SPLAT + 7;

const get = (local: number) => [op.localGet, local];
const set = (local: number) => [op.localSet, local];
const vectorOp = (code: number) => [op.simd, ...unsignedLeb(code)];
/** Pushes the address `array + offset`. */
const at = (array: number) => [...get(array), ...get(OFFSET), op.i32Add];
const load = (array: number) => [...at(array), ...vectorOp(simd.load), 0, 0];
const store = [...vectorOp(simd.store), 0, 0];

const body: number[] = [
  // end = count * 4 bytes
  ...get(COUNT),
  op.i32Const,
  2,
  op.i32Shl,
  ...set(END),
  ...Array.from({ length: CONSTANTS }, (_, k) => [
    ...get(FIRST_CONSTANT + k),
    ...vectorOp(simd.f32x4Splat),
    ...set(SPLAT + k),
  ]).flat(),
  op.block,
  type.void,
  op.loop,
  type.void,
  ...get(OFFSET),
  ...get(END),
  op.i32GeU,
  op.brIf,
  1,
  ...load(G),
  ...set(GRADIENT),
  // first = m·β1 + g·(1 − β1)
  ...load(M),
  ...get(BETA1),
  ...vectorOp(simd.f32x4Mul),
  ...get(GRADIENT),
  ...get(ONE_MINUS_BETA1),
  ...vectorOp(simd.f32x4Mul),
  ...vectorOp(simd.f32x4Add),
  ...set(FIRST),
  // second = v·β2 + (g·g)·(1 − β2)
  ...load(V),
  ...get(BETA2),
  ...vectorOp(simd.f32x4Mul),
  ...get(GRADIENT),
  ...get(GRADIENT),
  ...vectorOp(simd.f32x4Mul),
  ...get(ONE_MINUS_BETA2),
  ...vectorOp(simd.f32x4Mul),
  ...vectorOp(simd.f32x4Add),
  ...set(SECOND),
  ...at(OUT_M),
  ...get(FIRST),
  ...store,
  ...at(OUT_V),
  ...get(SECOND),
  ...store,
  // x' = ((first / c1) / (√(second / c2) + ε)) · (−lr) + x
  ...at(OUT_X),
  ...get(FIRST),
  ...get(CORRECTION1),
  ...vectorOp(simd.f32x4Div),
  ...get(SECOND),
  ...get(CORRECTION2),
  ...vectorOp(simd.f32x4Div),
  ...vectorOp(simd.f32x4Sqrt),
  ...get(EPSILON),
  ...vectorOp(simd.f32x4Add),
  ...vectorOp(simd.f32x4Div),
  ...get(STEP),
  ...vectorOp(simd.f32x4Mul),
  ...load(X),
  ...vectorOp(simd.f32x4Add),
  ...store,
  // offset += 16 bytes
  ...get(OFFSET),
  op.i32Const,
  16,
  op.i32Add,
  ...set(OFFSET),
  op.br,
  0,
  op.end,
  op.end,
  op.end,
];

const locals = vector([
  [2, type.i32],
  [CONSTANTS + 3, type.v128],
]);
const functionCode = [...locals, ...body];

/** The module's bytes: (import "env" "memory"), (func (export "adam") ...). */
export const adamModuleBytes = new Uint8Array([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  ...section(
    1,
    vector([
      [
        type.func,
        ...vector([...Array(COUNT + 1).fill([type.i32]), ...Array(CONSTANTS).fill([type.f32])]),
        ...vector([]),
      ],
    ]),
  ),
  ...section(2, vector([[...name('env'), ...name('memory'), 0x02, 0x00, 0x00]])),
  ...section(3, vector([[0]])),
  ...section(7, vector([[...name('adam'), 0x00, 0]])),
  ...section(10, vector([[...unsignedLeb(functionCode.length), ...functionCode]])),
]);

/**
 * adam(x, m, v, gradient, outX, outM, outV, count, ...constants): addresses are byte offsets
 * in the memory, count a multiple of 4.
 */
export type AdamSimd = (...args: number[]) => void;

/** The heap's WebAssembly.Memory, opaque here: it is only handed to the instance as its import. */
export type WasmMemory = object;

/** The part of the WebAssembly global used here (the compiler's lib has no DOM or wasm types). */
interface WebAssemblyRuntime {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (
    module: object,
    imports: Record<string, Record<string, unknown>>,
  ) => { exports: Record<string, unknown> };
}

const instances = new WeakMap<WasmMemory, AdamSimd | null>();

/**
 * The module instantiated on `memory`; null where the runtime lacks WebAssembly SIMD or the
 * memory cannot be imported (e.g. tfjs-wasm's threaded build in a browser shares its memory,
 * which this module's unshared import refuses with a LinkError). Null sends the kernel to its
 * scalar loop, which gives the same values.
 */
export function adamSimdFor(memory: WasmMemory): AdamSimd | null {
  let adam = instances.get(memory);
  if (adam === undefined) {
    adam = instantiate(memory);
    instances.set(memory, adam);
  }
  return adam;
}

function instantiate(memory: WasmMemory): AdamSimd | null {
  const runtime = (globalThis as { WebAssembly?: WebAssemblyRuntime }).WebAssembly;
  if (!runtime?.validate(adamModuleBytes)) return null;
  try {
    const module = new runtime.Module(adamModuleBytes);
    const instance = new runtime.Instance(module, { env: { memory } });
    return instance.exports.adam as AdamSimd;
  } catch {
    return null;
  }
}

/** The finaliser of splitmix32: a bijection on 32-bit integers that spreads every input bit. */
export function mix32(value: number): number {
  let t = value | 0;
  t ^= t >>> 16;
  t = Math.imul(t, 0x21f0aaad);
  t ^= t >>> 15;
  t = Math.imul(t, 0x735a2d97);
  t ^= t >>> 15;
  return t >>> 0;
}

export const GOLDEN_GAMMA = 0x9e3779b9;

/**
 * `count` words of the splitmix32 sequence started at `seed`. Used to spread a small seed over
 * xoshiro's 128 bits of state (the seeding its authors recommend).
 */
export function splitmix32Words(seed: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = seed | 0;
  for (let i = 0; i < count; i++) {
    state = (state + GOLDEN_GAMMA) | 0;
    out[i] = mix32(state);
  }
  return out;
}

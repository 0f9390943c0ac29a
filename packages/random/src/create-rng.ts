import { mix32, splitmix32Words } from './internal/splitmix32';
import { Xoshiro128 } from './internal/xoshiro128';
import type { Rng } from './rng';

/**
 * A xoshiro128** stream seeded from `seed` through splitmix32. `seed` may be any safe integer
 * (negative too); seeds that differ in any bit give unrelated streams.
 */
export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`createRng(seed): seed must be a safe integer, got ${seed}`);
  }
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 4294967296) >>> 0;
  const words = splitmix32Words(lo, 4);
  // Seeds below 2^32 use plain splitmix32 seeding; higher bits perturb every word.
  return Xoshiro128.fromWords(hi === 0 ? words : words.map((word, j) => word ^ mix32(hi + j)));
}

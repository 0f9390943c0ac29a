import type { Rng } from '../rng';
import { GOLDEN_GAMMA, mix32 } from './splitmix32';

const TWO_POW_32 = 4294967296;

/**
 * xoshiro128** (Blackman & Vigna): 128 bits of state, period 2^128 - 1, all in 32-bit integer
 * arithmetic (`Math.imul`, shifts), so it gives the same bits on every JavaScript engine.
 */
export class Xoshiro128 implements Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare = 0;
  private hasSpare = false;

  /** A generator whose state is the first four of `words`; throws if there are fewer. */
  static fromWords(words: ArrayLike<number>): Xoshiro128 {
    const word = (i: number) => {
      const value = words[i];
      if (value === undefined) throw new RangeError(`xoshiro128: state word ${i} is missing`);
      return value;
    };
    return new Xoshiro128(word(0), word(1), word(2), word(3));
  }

  constructor(s0: number, s1: number, s2: number, s3: number) {
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
    // The all-zero state is the one fixed point of the generator.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next raw output, an unsigned 32-bit integer. */
  uint32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result >>> 0;
  }

  next(): number {
    return this.uint32() / TWO_POW_32;
  }

  // Marsaglia's polar method: two normals per accepted pair, the second kept for the next call.
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * m;
    this.hasSpare = true;
    return u * m;
  }

  int(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
      throw new RangeError(`int(n): n must be an integer in [1, 2^32], got ${n}`);
    }
    // Rejection sampling removes the modulo bias of `uint32() % n`.
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    let x = this.uint32();
    while (x >= limit) x = this.uint32();
    return x % n;
  }

  fork(stream: number): Rng {
    if (!Number.isSafeInteger(stream)) {
      throw new RangeError(`fork(stream): stream must be a safe integer, got ${stream}`);
    }
    const lo = stream >>> 0;
    const hi = Math.floor(stream / TWO_POW_32) >>> 0;
    // Each child word hashes the whole parent state and the stream number, from its own start,
    // so children of different streams share nothing and collide only by 128-bit chance.
    const words = [0, 0, 0, 0];
    for (let j = 0; j < 4; j++) {
      let h = mix32(Math.imul(j + 1, GOLDEN_GAMMA) ^ lo);
      h = mix32(h ^ hi ^ 0x85ebca6b);
      h = mix32(h ^ this.s0);
      h = mix32(h ^ this.s1);
      h = mix32(h ^ this.s2);
      h = mix32(h ^ this.s3);
      words[j] = h;
    }
    return Xoshiro128.fromWords(words);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

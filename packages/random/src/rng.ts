/**
 * A seeded stream of random numbers. Every random draw in Goodhart goes through one of these,
 * so the same seed gives the same numbers, bit for bit, on any machine.
 */
export interface Rng {
  /** Uniform on [0, 1), with 32 bits of resolution. */
  next(): number;
  /** Standard normal (mean 0, variance 1). */
  normal(): number;
  /** Uniform integer in [0, n); `n` must be an integer in [1, 2^32]. */
  int(n: number): number;
  /**
   * An independent child stream, determined by this stream's current state and `stream`.
   * Forking does not advance this stream, so `fork(s)` twice in a row gives two identical
   * children; use different `stream` numbers for different purposes.
   */
  fork(stream: number): Rng;
}

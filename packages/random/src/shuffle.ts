import type { Rng } from './rng';

/** Anything indexable and writable: plain arrays and every typed array. */
export interface WritableArrayLike<T> {
  readonly length: number;
  [index: number]: T;
}

/** Fisher–Yates shuffle, in place; returns the same array. */
export function shuffleInPlace<A extends WritableArrayLike<unknown>>(array: A, rng: Rng): A {
  for (let i = array.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = array[i];
    array[i] = array[j];
    array[j] = tmp;
  }
  return array;
}

import type { Rng } from '@goodhart/random';

/**
 * Dot product of row `a` of `x` and row `b` of `y`, both with `dim` columns. These row helpers
 * read and write rows the caller has checked (`checkedRow`) or loops over.
 */
export function dotRows(
  x: Float32Array,
  a: number,
  y: Float32Array,
  b: number,
  dim: number,
): number {
  let sum = 0;
  const ao = a * dim;
  const bo = b * dim;
  for (let j = 0; j < dim; j++) sum += x[ao + j]! * y[bo + j]!;
  return sum;
}

/** Scales row `r` of `x` to unit length (a zero row is left as it is). */
export function normaliseRow(x: Float32Array, r: number, dim: number): void {
  const o = r * dim;
  let ss = 0;
  for (let j = 0; j < dim; j++) ss += x[o + j]! * x[o + j]!;
  if (ss === 0) return;
  const inv = 1 / Math.sqrt(ss);
  for (let j = 0; j < dim; j++) x[o + j]! *= inv;
}

/** Scales every row of `x` to unit length. */
export function normaliseRows(x: Float32Array, dim: number): Float32Array {
  const rows = x.length / dim;
  for (let r = 0; r < rows; r++) normaliseRow(x, r, dim);
  return x;
}

/**
 * Writes into row `r` of `x` the unit vector along centre + noise, the noise N(0, spread²/dim)
 * per dimension (so of expected length about `spread`): a draw around a community's centre.
 */
export function drawUnitRowAround(
  x: Float32Array,
  r: number,
  centres: Float32Array,
  centre: number,
  spread: number,
  dim: number,
  rng: Rng,
): void {
  const o = r * dim;
  const co = centre * dim;
  const scale = spread / Math.sqrt(dim);
  for (let j = 0; j < dim; j++) x[o + j] = centres[co + j]! + scale * rng.normal();
  normaliseRow(x, r, dim);
}

/** Writes a uniformly random unit vector into row `r` of `x`. */
export function drawUnitRow(x: Float32Array, r: number, dim: number, rng: Rng): void {
  const o = r * dim;
  for (let j = 0; j < dim; j++) x[o + j] = rng.normal();
  normaliseRow(x, r, dim);
}

export function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

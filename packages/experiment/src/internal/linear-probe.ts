import { solveSpd } from '@goodhart/core/linear-algebra';

/**
 * A linear probe: L2-regularised logistic regression fitted by Newton's method (IRLS) on a
 * fixed representation. It measures how linearly separable the labels are in what a model
 * learned, independently of the model's own head. Deterministic: no random draws.
 */
export interface LinearProbe {
  /** Weights per feature, then the intercept last. */
  weights: Float64Array;
  predict(features: Float32Array | Float64Array, rows: number): Float64Array;
}

export interface ProbeOptions {
  l2?: number;
  iterations?: number;
}

export function fitLinearProbe(
  features: Float32Array | Float64Array,
  labels: ArrayLike<number>,
  rows: number,
  dim: number,
  { l2 = 1e-2, iterations = 25 }: ProbeOptions = {},
): LinearProbe {
  if (features.length !== rows * dim) {
    throw new Error(
      `fitLinearProbe: features has ${features.length} values, expected ${rows}*${dim}`,
    );
  }
  const { mean, scale } = standardisation(features, rows, dim);
  const size = dim + 1;
  const weights = new Float64Array(size);
  const x = new Float64Array(size);
  const gradient = new Float64Array(size);
  const hessian = new Float64Array(size * size);
  for (let iteration = 0; iteration < iterations; iteration++) {
    gradient.fill(0);
    hessian.fill(0);
    for (let r = 0; r < rows; r++) {
      standardRow(features, r, dim, mean, scale, x);
      const p = sigmoid(dot(weights, x));
      const residual = p - labels[r]!;
      const curvature = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < size; i++) {
        gradient[i]! += residual * x[i]!;
        const scaled = curvature * x[i]!;
        for (let j = 0; j <= i; j++) hessian[i * size + j]! += scaled * x[j]!;
      }
    }
    // Ridge on the weights, not the intercept; averaged so l2 does not depend on rows.
    for (let i = 0; i < size; i++) {
      gradient[i]! /= rows;
      for (let j = 0; j <= i; j++) hessian[i * size + j]! /= rows;
      if (i < dim) {
        gradient[i]! += l2 * weights[i]!;
        hessian[i * size + i]! += l2;
      }
    }
    hessian[dim * size + dim]! += 1e-9;
    // Only the lower triangle is filled; solveSpd reads only that.
    const step = solveSpd(hessian, gradient, size, { pivotFloor: 1e-12 });
    let largest = 0;
    for (let i = 0; i < size; i++) {
      weights[i]! -= step[i]!;
      largest = Math.max(largest, Math.abs(step[i]!));
    }
    if (largest < 1e-8) break;
  }
  return {
    weights,
    predict(input, count) {
      const out = new Float64Array(count);
      for (let r = 0; r < count; r++) {
        standardRow(input, r, dim, mean, scale, x);
        out[r] = sigmoid(dot(weights, x));
      }
      return out;
    },
  };
}

function standardisation(features: Float32Array | Float64Array, rows: number, dim: number) {
  const mean = new Float64Array(dim);
  const scale = new Float64Array(dim);
  for (let r = 0; r < rows; r++) for (let d = 0; d < dim; d++) mean[d]! += features[r * dim + d]!;
  for (let d = 0; d < dim; d++) mean[d]! /= rows;
  for (let r = 0; r < rows; r++) {
    for (let d = 0; d < dim; d++) scale[d]! += (features[r * dim + d]! - mean[d]!) ** 2;
  }
  // A constant feature (a dead unit) gets scale 1 so it stays 0 rather than dividing by 0.
  for (let d = 0; d < dim; d++) scale[d] = Math.sqrt(scale[d]! / rows) || 1;
  return { mean, scale };
}

function standardRow(
  features: Float32Array | Float64Array,
  row: number,
  dim: number,
  mean: Float64Array,
  scale: Float64Array,
  out: Float64Array,
): void {
  for (let d = 0; d < dim; d++) out[d] = (features[row * dim + d]! - mean[d]!) / scale[d]!;
  out[dim] = 1;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

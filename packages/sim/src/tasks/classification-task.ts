import type { Rng } from '@goodhart/random';
import { z } from 'zod';
import { WorldConfigError } from '../config/world-config-error';
import { sigmoid } from '../world/vectors';

export interface ClassificationTaskConfig {
  numExamples: number;
  /** At least 2: the interaction term multiplies the first half of x by the second half. */
  featureDim: number;
  /** Target P(y = 1) over the population (after label noise): the class imbalance. */
  baseRate: number;
  /** Each label is flipped with this probability (so a perfect model still errs). */
  labelNoise: number;
  /** Share of the score's variance carried by the interaction term, which no linear model of x
   *  can represent: 0 is a purely linear task, 1 a purely non-linear one. */
  nonlinearity: number;
  /** Slope of the logit in the score: larger means more confident true probabilities. */
  signal: number;
}

export const defaultClassificationTaskConfig: Readonly<ClassificationTaskConfig> = Object.freeze({
  numExamples: 10_000,
  featureDim: 16,
  baseRate: 0.3,
  labelNoise: 0.05,
  nonlinearity: 0.5,
  signal: 3,
});

/** An offline binary task with known truth, for misaligned-by-design and calibration studies. */
export interface ClassificationTask {
  numExamples: number;
  featureDim: number;
  /** numExamples * featureDim, row-major, each feature N(0, 1). */
  features: Float32Array;
  labels: Uint8Array;
  /** The true P(y = 1 | x), label noise included: the Bayes-optimal prediction. */
  probabilities: Float32Array;
}

const taskConfigSchema = z
  .strictObject({
    numExamples: z.number().int().min(1).max(10_000_000),
    featureDim: z.number().int().min(2).max(4096),
    baseRate: z.number().gt(0).lt(1),
    labelNoise: z.number().min(0).lt(0.5),
    nonlinearity: z.number().min(0).max(1),
    signal: z.number().finite().min(0),
  })
  .superRefine((c, ctx) => {
    if (c.baseRate <= c.labelNoise || c.baseRate >= 1 - c.labelNoise) {
      ctx.addIssue({
        code: 'custom',
        path: ['baseRate'],
        message: `must lie strictly between labelNoise (${c.labelNoise}) and 1 - labelNoise`,
      });
    }
  });

// Size of the fixed sample the intercept is tuned on, so the task does not depend on numExamples.
const CALIBRATION_SAMPLE = 8192;

/**
 * score(x) = sqrt(1 - nonlinearity) * w.x + sqrt(nonlinearity) * sum_j x_j x_{m+j} / sqrt(m),
 * with w a random unit vector and m = floor(featureDim / 2); both parts have variance 1.
 * P(y = 1 | x) = noise + (1 - 2 noise) * sigmoid(signal * score + b), with b set so that the
 * population base rate is `baseRate`. Examples are prefix-stable: the first n examples are the
 * same whatever numExamples is, so draw train and test together and split.
 */
export function createClassificationTask(
  config: Partial<ClassificationTaskConfig>,
  rng: Rng,
): ClassificationTask {
  const parsed = taskConfigSchema.safeParse({ ...defaultClassificationTaskConfig, ...config });
  if (!parsed.success) {
    throw new WorldConfigError(
      parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    );
  }
  const c = parsed.data;
  const dim = c.featureDim;
  const weights = randomUnitVector(dim, rng.fork(0));
  const score = scoreFunction(weights, c.nonlinearity);

  const calibration = rng.fork(1);
  const sample = new Float64Array(CALIBRATION_SAMPLE);
  const x = new Float64Array(dim);
  for (let s = 0; s < sample.length; s++) {
    for (let j = 0; j < dim; j++) x[j] = calibration.normal();
    sample[s] = c.signal * score(x);
  }
  const cleanRate = (c.baseRate - c.labelNoise) / (1 - 2 * c.labelNoise);
  const intercept = interceptForRate(sample, cleanRate);

  const draws = rng.fork(2);
  const flips = rng.fork(3);
  const n = c.numExamples;
  const features = new Float32Array(n * dim);
  const labels = new Uint8Array(n);
  const probabilities = new Float32Array(n);
  for (let e = 0; e < n; e++) {
    for (let j = 0; j < dim; j++) {
      const value = draws.normal();
      x[j] = value;
      features[e * dim + j] = value;
    }
    const p = c.labelNoise + (1 - 2 * c.labelNoise) * sigmoid(c.signal * score(x) + intercept);
    probabilities[e] = p;
    labels[e] = flips.next() < p ? 1 : 0;
  }
  return { numExamples: n, featureDim: dim, features, labels, probabilities };
}

function scoreFunction(weights: Float64Array, nonlinearity: number): (x: Float64Array) => number {
  const dim = weights.length;
  const m = Math.floor(dim / 2);
  const a = Math.sqrt(1 - nonlinearity);
  const b = Math.sqrt(nonlinearity) / Math.sqrt(m);
  return (x) => {
    let linear = 0;
    for (let j = 0; j < dim; j++) linear += weights[j]! * x[j]!;
    let interaction = 0;
    for (let j = 0; j < m; j++) interaction += x[j]! * x[m + j]!;
    return a * linear + b * interaction;
  };
}

function randomUnitVector(dim: number, rng: Rng): Float64Array {
  const w = new Float64Array(dim);
  let ss = 0;
  for (let j = 0; j < dim; j++) {
    const value = rng.normal();
    w[j] = value;
    ss += value * value;
  }
  for (let j = 0; j < dim; j++) w[j]! /= Math.sqrt(ss);
  return w;
}

/** The b with mean(sigmoid(logit + b)) = rate over the sample (bisection; the mean rises with b). */
function interceptForRate(logits: Float64Array, rate: number): number {
  let lo = -50;
  let hi = 50;
  for (let iter = 0; iter < 80; iter++) {
    const mid = (lo + hi) / 2;
    let mean = 0;
    for (const l of logits) mean += sigmoid(l + mid);
    if (mean / logits.length < rate) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

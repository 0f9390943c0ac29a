import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { createClassificationTask } from './classification-task';

function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s / values.length;
}

function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx ** 2;
    syy += dy ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Largest |correlation| between the labels and any single feature: what a linear model can use. */
function bestSingleFeature(task: ReturnType<typeof createClassificationTask>): number {
  let best = 0;
  for (let j = 0; j < task.featureDim; j++) {
    const column = Float64Array.from(
      { length: task.numExamples },
      (_, e) => task.features[e * task.featureDim + j]!,
    );
    best = Math.max(best, Math.abs(correlation(column, task.labels)));
  }
  return best;
}

describe('createClassificationTask', () => {
  it('has the requested shapes, base rate and true probabilities', () => {
    const task = createClassificationTask(
      { numExamples: 20_000, featureDim: 8, baseRate: 0.2 },
      createRng(1),
    );
    expect(task.features).toHaveLength(20_000 * 8);
    expect(task.labels).toHaveLength(20_000);
    expect(Math.abs(mean(task.probabilities) - 0.2)).toBeLessThan(0.015);
    expect(Math.abs(mean(task.labels) - 0.2)).toBeLessThan(0.015);
    // Label noise 0.05 bounds the true probabilities to [0.05, 0.95].
    expect(Math.min(...task.probabilities)).toBeGreaterThanOrEqual(0.05 - 1e-6);
    expect(Math.max(...task.probabilities)).toBeLessThanOrEqual(0.95 + 1e-6);
  });

  it('is reproducible, and its first examples do not depend on numExamples', () => {
    const a = createClassificationTask({ numExamples: 100 }, createRng(5));
    const b = createClassificationTask({ numExamples: 300 }, createRng(5));
    expect(b.features.subarray(0, a.features.length)).toEqual(a.features);
    expect(b.labels.subarray(0, 100)).toEqual(a.labels);
    expect(b.probabilities.subarray(0, 100)).toEqual(a.probabilities);
    const c = createClassificationTask({ numExamples: 100 }, createRng(6));
    expect(c.labels).not.toEqual(a.labels);
  });

  it('a purely non-linear task gives no single feature any purchase, though x_j * x_{m+j} does', () => {
    const task = createClassificationTask(
      { numExamples: 20_000, featureDim: 4, nonlinearity: 1, baseRate: 0.5 },
      createRng(2),
    );
    expect(bestSingleFeature(task)).toBeLessThan(0.03);
    const product = Float64Array.from(
      { length: task.numExamples },
      (_, e) => task.features[e * 4]! * task.features[e * 4 + 2]!,
    );
    expect(correlation(product, task.labels)).toBeGreaterThan(0.2);
  });

  it('a purely linear task puts the signal in the features themselves', () => {
    const task = createClassificationTask(
      { numExamples: 20_000, featureDim: 4, nonlinearity: 0, baseRate: 0.5 },
      createRng(2),
    );
    expect(bestSingleFeature(task)).toBeGreaterThan(0.2);
  });

  it('rejects bad settings, naming the field', () => {
    expect(() => createClassificationTask({ featureDim: 1 }, createRng(1))).toThrow(/featureDim/);
    expect(() =>
      createClassificationTask({ baseRate: 0.04, labelNoise: 0.05 }, createRng(1)),
    ).toThrow(/baseRate: must lie strictly between labelNoise/);
  });
});

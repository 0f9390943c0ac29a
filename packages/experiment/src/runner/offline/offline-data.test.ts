import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { taskSchema } from '../../spec/task-schema';
import { offlineData, validationSize } from './offline-data';

const task = (numTrain: number) =>
  taskSchema.parse({ numTrain, numTest: 50, featureDim: 4, validationShare: 0.2 });

describe('offlineData', () => {
  it('carves a seeded validation share out of the training draw, apart from the test set', () => {
    const data = offlineData(task(100), createRng(1), createRng(2));
    // 20% of 100 rows validate, 80 are fitted on; the test set is its own 50 rows.
    expect([data.fit.rows, data.validation.rows, data.test.rows]).toEqual([80, 20, 50]);
    expect(data.fit.features).toHaveLength(80 * 4);
    const rowsOf = (split: { features: Float32Array; rows: number }) =>
      new Set(Array.from({ length: split.rows }, (_, r) => split.features[r * 4]));
    const fit = rowsOf(data.fit);
    for (const first of rowsOf(data.validation)) expect(fit.has(first)).toBe(false);
    for (const first of rowsOf(data.test)) expect(fit.has(first)).toBe(false);
    const again = offlineData(task(100), createRng(1), createRng(2));
    expect(again.validation.features).toEqual(data.validation.features);
    const otherSplit = offlineData(task(100), createRng(1), createRng(3));
    expect(otherSplit.validation.features).not.toEqual(data.validation.features);
  });

  it('keeps the test set when numTrain changes', () => {
    const small = offlineData(task(40), createRng(1), createRng(2));
    const large = offlineData(task(400), createRng(1), createRng(2));
    expect(large.test.features).toEqual(small.test.features);
    expect(large.test.labels).toEqual(small.test.labels);
  });

  it('leaves at least one row on each side', () => {
    // round(0.2 · 3) = 1; round(0.9 · 2) = 2, capped at 2 − 1.
    expect(validationSize({ numTrain: 3, validationShare: 0.2 })).toBe(1);
    expect(validationSize({ numTrain: 2, validationShare: 0.9 })).toBe(1);
    expect(validationSize({ numTrain: 20, validationShare: 0.01 })).toBe(1);
  });
});

import { createRng } from '@goodhart/random';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { initBackend } from '../backend';
import { createModel } from './create-model';
import { auc, syntheticLogs } from './internal/synthetic-logs';
import type { ModelSpecInput } from './spec';
import type { ItemBatch } from './types';

beforeAll(async () => {
  await initBackend('cpu');
});

const world = syntheticLogs({
  numUsers: 40,
  numItems: 30,
  featureDim: 4,
  slatesPerUser: 8,
  slateSize: 5,
  seed: 7,
});
const { data } = world;
/** The first rows of the logs, for the tests that need tensors to flow, not to learn. */
const small = {
  ...data,
  user: data.user.subarray(0, 300),
  item: data.item.subarray(0, 300),
  position: data.position.subarray(0, 300),
  clicked: data.clicked.subarray(0, 300),
  watchTime: data.watchTime.subarray(0, 300),
  satisfaction: data.satisfaction.subarray(0, 300),
  propensity: data.propensity?.subarray(0, 300),
};
const catalogue: ItemBatch = {
  numItems: data.numItems,
  itemFeatures: data.itemFeatures,
  itemFeatureDim: data.itemFeatureDim,
};
const everyone = Int32Array.from({ length: data.numUsers }, (_, u) => u);
const context = (seed: number) => ({
  numUsers: data.numUsers,
  numItems: data.numItems,
  itemFeatureDim: data.itemFeatureDim,
  rng: createRng(seed),
});

/** How well click scores rank the truly relevant (relevance > 0.5) pairs above the rest. */
function relevanceAuc(click: Float32Array): number {
  return auc(
    click,
    Array.from(world.relevance, (r) => r > 0.5),
  );
}

const specs: Array<Extract<ModelSpecInput, { kind: 'logistic' | 'mf' | 'two-tower' | 'mmoe' }>> = [
  { kind: 'logistic', learningRate: 0.05 },
  { kind: 'mf', embeddingDim: 8, learningRate: 0.05 },
  { kind: 'two-tower', embeddingDim: 8, hidden: [16], learningRate: 0.02 },
  {
    kind: 'mmoe',
    embeddingDim: 8,
    experts: 3,
    expertHidden: 8,
    towerHidden: 4,
    learningRate: 0.02,
  },
];

describe.each(specs)('$kind', (spec) => {
  test('training lowers the loss, warm start continues, and clicks rank relevance', () => {
    const model = createModel({ ...spec, batchSize: 64 }, context(1));
    const first = model.fit(data);
    let last = first;
    for (let round = 0; round < 6; round++) last = model.fit(data);
    expect(first.examples).toBe(data.user.length);
    expect(last.loss).toBeLessThan(first.loss);
    expect(Object.keys(last.lossByHead)).toEqual([...model.heads]);
    const scores = model.predict(everyone, catalogue);
    const click = scores.click as Float32Array;
    expect(click).toHaveLength(data.numUsers * data.numItems);
    for (const p of click) expect(p > 0 && p < 1).toBe(true);
    // The logistic model has no user-item interaction, so it can only learn which items
    // are broadly liked; the others should do clearly better than chance.
    expect(relevanceAuc(click)).toBeGreaterThan(spec.kind === 'logistic' ? 0.5 : 0.6);
    model.dispose();
  });

  test('the same seed gives the same numbers, bit for bit', () => {
    const run = () => {
      const model = createModel({ ...spec, batchSize: 64, epochs: 2 }, context(5));
      const fit = model.fit(small);
      const click = model.predict(Int32Array.of(3, 0), catalogue).click as Float32Array;
      model.dispose();
      return { loss: fit.loss, click: Array.from(click) };
    };
    expect(run()).toEqual(run());
  });

  test('several rounds of fit and predict leave no tensors behind after dispose', () => {
    const before = tf.memory().numTensors;
    const model = createModel({ ...spec, batchSize: 128 }, context(2));
    const during = tf.memory().numTensors;
    for (let round = 0; round < 3; round++) {
      model.fit(small);
      model.predict(everyone, catalogue);
    }
    // Adam's moment estimates are created on the first step and then only updated.
    const afterRounds = tf.memory().numTensors;
    model.fit(small);
    model.predict(everyone, catalogue);
    expect(tf.memory().numTensors).toBe(afterRounds);
    expect(during).toBeGreaterThan(before);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

test('a disposed model says so', () => {
  const model = createModel({ kind: 'mf' }, context(3));
  model.dispose();
  expect(() => model.predict(everyone, catalogue)).toThrow(
    'predict: this mf model has been disposed',
  );
});

test('fit names the first inconsistent field', () => {
  const model = createModel({ kind: 'mf' }, context(3));
  expect(() => model.fit({ ...data, item: data.item.subarray(1) })).toThrow(
    `fit: data.item has ${data.user.length - 1} entries, data.user has ${data.user.length}`,
  );
  const badItem = data.item.slice();
  badItem[4] = 99;
  expect(() => model.fit({ ...data, item: badItem })).toThrow(
    'fit: data.item[4] = 99 is outside [0, 30)',
  );
  expect(() => model.fit(data, { epochs: 0 })).toThrow(
    'fit: options.epochs must be a positive integer, got 0',
  );
  expect(() => model.predict(everyone, { ...catalogue, numItems: 29 })).toThrow(
    'predict: items.numItems is 29, the model was built for 30',
  );
  model.dispose();
});

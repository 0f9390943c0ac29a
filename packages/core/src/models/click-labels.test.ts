import { createRng } from '@goodhart/random';
import { beforeAll, expect, test } from 'vitest';
import { initBackend } from '../backend';
import { createModel } from './create-model';
import { syntheticLogs } from './internal/synthetic-logs';
import type { ItemBatch } from './types';

beforeAll(async () => {
  await initBackend('cpu');
});

const { data } = syntheticLogs({
  numUsers: 20,
  numItems: 15,
  featureDim: 3,
  slatesPerUser: 6,
  slateSize: 5,
  seed: 11,
});
const catalogue: ItemBatch = {
  numItems: data.numItems,
  itemFeatures: data.itemFeatures,
  itemFeatureDim: data.itemFeatureDim,
};
const everyone = Int32Array.from({ length: data.numUsers }, (_, u) => u);
const context = () => ({
  numUsers: data.numUsers,
  numItems: data.numItems,
  itemFeatureDim: data.itemFeatureDim,
  rng: createRng(5),
});

test('the click head learns clickTarget in place of the clicks', () => {
  // Every row's target is 0.25, whatever was clicked. BCE against a constant soft target p is
  // softplus(x) − p·x, minimised at σ(x) = p, so a logistic model (per-user bias and a shared
  // bias: it can represent a constant) fitted long enough predicts 0.25 for every pair. Fitted
  // on the clicks instead it would predict the click rate, which is not 0.25 here.
  const clickTarget = new Float32Array(data.user.length).fill(0.25);
  let clicks = 0;
  for (let r = 0; r < data.clicked.length; r++) clicks += data.clicked[r]!;
  expect(Math.abs(clicks / data.clicked.length - 0.25)).toBeGreaterThan(0.05);
  const model = createModel({ kind: 'logistic', learningRate: 0.05, l2: 0 }, context());
  for (let k = 0; k < 60; k++) model.fit({ ...data, clickTarget });
  const click = model.predict(everyone, catalogue).click as Float32Array;
  let mean = 0;
  for (const p of click) mean += p / click.length;
  expect(mean).toBeCloseTo(0.25, 2);
  const negative = new Float32Array(data.user.length);
  negative[1] = -1;
  expect(() => model.fit({ ...data, clickWeight: negative })).toThrow(
    'fit: data.clickWeight[1] = -1 is not a finite number >= 0',
  );
  model.dispose();
});

test('a clickTarget equal to the clicks trains exactly as the clicks do', () => {
  const clickTarget = Float32Array.from(data.clicked);
  const plain = createModel({ kind: 'two-tower', embeddingDim: 4, hidden: [8] }, context());
  const soft = createModel({ kind: 'two-tower', embeddingDim: 4, hidden: [8] }, context());
  const a = plain.fit(data);
  const b = soft.fit({ ...data, clickTarget });
  expect(b.loss).toBe(a.loss);
  expect(soft.predict(everyone, catalogue).click).toEqual(plain.predict(everyone, catalogue).click);
  plain.dispose();
  soft.dispose();
});

test('clickWeight weighs each row of the click loss: Σ w·loss / Σ w', () => {
  // All weights 2 are the same as none (only ratios matter): the same fit, bit for bit.
  const twice = new Float32Array(data.user.length).fill(2);
  const plain = createModel({ kind: 'logistic' }, context());
  const weighted = createModel({ kind: 'logistic' }, context());
  expect(weighted.fit({ ...data, clickWeight: twice }).loss).toBeCloseTo(plain.fit(data).loss, 6);
  plain.dispose();
  weighted.dispose();
  // Weight only on the clicked rows: the weighted BCE is then the clicked rows' BCE alone,
  // minimised by predicting 1, so a long fit drives every prediction up towards 1, where the
  // clicks alone (about 1 row in 3 clicked) would settle near the click rate.
  const onClicks = Float32Array.from(data.clicked);
  const model = createModel({ kind: 'logistic', learningRate: 0.05, l2: 0 }, context());
  for (let k = 0; k < 30; k++) model.fit({ ...data, clickWeight: onClicks });
  const click = model.predict(everyone, catalogue).click as Float32Array;
  let mean = 0;
  for (const p of click) mean += p / click.length;
  expect(mean).toBeGreaterThan(0.9);
  const negative = new Float32Array(data.user.length);
  negative[1] = -1;
  expect(() => model.fit({ ...data, clickWeight: negative })).toThrow(
    'fit: data.clickWeight[1] = -1 is not a finite number >= 0',
  );
  model.dispose();
});

test('fit names a clickTarget or clickWeight of the wrong length or value', () => {
  const model = createModel({ kind: 'logistic' }, context());
  expect(() => model.fit({ ...data, clickTarget: new Float32Array(3) })).toThrow(
    `fit: data.clickTarget has 3 entries, data.user has ${data.user.length}`,
  );
  const bad = new Float32Array(data.user.length);
  bad[2] = 1.5;
  expect(() => model.fit({ ...data, clickTarget: bad })).toThrow(
    'fit: data.clickTarget[2] = 1.5 is not in [0, 1]',
  );
  const negative = new Float32Array(data.user.length);
  negative[1] = -1;
  expect(() => model.fit({ ...data, clickWeight: negative })).toThrow(
    'fit: data.clickWeight[1] = -1 is not a finite number >= 0',
  );
  model.dispose();
});

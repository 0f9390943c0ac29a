import { createRng } from '@goodhart/random';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, test } from 'vitest';
import { initBackend } from './backend';
import { expectNoLeakedTensors } from './internal/testing';
import { readFloatsInto } from './internal/wasm-heap';
import { createModel } from './models/create-model';
import { syntheticLogs } from './models/internal/synthetic-logs';
import type { ModelSpecInput } from './models/spec';

// The WebAssembly backend ships without UnsortedSegmentSum, so before core registered its
// own, no embedding table (tf.gather) could be trained on it.

const table = [
  [1, 2],
  [3, 4],
  [5, 6],
  [7, 8],
];
const indices = [1, 0, 1, 1, 3];

async function gatherGradient(backend: 'cpu' | 'wasm'): Promise<number[]> {
  await initBackend(backend);
  return expectNoLeakedTensors(() =>
    tf.tidy(() => {
      const weights = tf.tensor2d([
        [1, -1],
        [2, 0.5],
        [3, 1],
        [-2, 4],
        [0.25, 0.75],
      ]);
      const ids = tf.tensor1d(indices, 'int32');
      const f = (x: tf.Tensor) => tf.sum(tf.mul(weights, tf.gather(x, ids)));
      return Array.from(tf.grad(f)(tf.tensor2d(table)).dataSync());
    }),
  );
}

describe('wasm kernels', () => {
  test('unsortedSegmentSum sums repeated ids and drops out-of-range ones', async () => {
    await initBackend('wasm');
    const sums = expectNoLeakedTensors(() =>
      tf.tidy(() =>
        Array.from(
          tf
            .unsortedSegmentSum(
              tf.tensor2d([
                [1, 2],
                [3, 4],
                [5, 6],
                [7, 8],
              ]),
              tf.tensor1d([2, 0, 2, 7], 'int32'),
              3,
            )
            .dataSync(),
        ),
      ),
    );
    expect(sums).toEqual([3, 4, 0, 0, 6, 8]);
  });

  test('the gradient of gather with repeated indices equals the cpu result', async () => {
    const cpu = await gatherGradient('cpu');
    const wasm = await gatherGradient('wasm');
    // Row 1 is gathered three times: (1,−1) + (3,1) + (−2,4).
    expect(cpu).toEqual([2, 0.5, 2, 4, 0, 0, 0.25, 0.75]);
    expect(wasm).toEqual(cpu);
  });

  test('gather copies table rows (the fast path) and passes other gathers on', async () => {
    await initBackend('wasm');
    const values = expectNoLeakedTensors(() =>
      tf.tidy(() => {
        const rows = tf.gather(tf.tensor2d(table), tf.tensor1d([3, 0, 3], 'int32'));
        const ints = tf.gather(
          tf.tensor1d([10, 20, 30], 'int32'),
          tf.tensor2d([2, 0, 1, 1], [2, 2], 'int32'),
        );
        const columns = tf.gather(tf.tensor2d(table), tf.tensor1d([1, 1, 0], 'int32'), 1);
        return {
          rows: Array.from(rows.dataSync()),
          ints: { values: Array.from(ints.dataSync()), shape: ints.shape, dtype: ints.dtype },
          columns: { values: Array.from(columns.dataSync()), shape: columns.shape },
        };
      }),
    );
    expect(values.rows).toEqual([7, 8, 1, 2, 7, 8]);
    expect(values.ints).toEqual({ values: [30, 10, 20, 20], shape: [2, 2], dtype: 'int32' });
    expect(values.columns).toEqual({ values: [2, 2, 1, 4, 4, 3, 6, 6, 5, 8, 8, 7], shape: [4, 3] });
    expect(() => tf.tidy(() => tf.gather(tf.tensor2d(table), tf.tensor1d([4], 'int32')))).toThrow(
      /the index value 4 is not in \[0, 3\]/,
    );
  });
});

describe('training on wasm', () => {
  const { data } = syntheticLogs({
    numUsers: 20,
    numItems: 15,
    featureDim: 3,
    slatesPerUser: 6,
    slateSize: 5,
    seed: 8,
  });
  const context = () => ({
    numUsers: data.numUsers,
    numItems: data.numItems,
    itemFeatureDim: data.itemFeatureDim,
    rng: createRng(3),
  });
  const catalogue = {
    numItems: data.numItems,
    itemFeatures: data.itemFeatures,
    itemFeatureDim: data.itemFeatureDim,
  };
  const users = Int32Array.from({ length: data.numUsers }, (_, u) => u);

  test('an MF model’s loss falls, and its scores match the cpu backend’s', async () => {
    const run = async (backend: 'cpu' | 'wasm') => {
      await initBackend(backend);
      const model = createModel(
        { kind: 'mf', embeddingDim: 8, learningRate: 0.05, batchSize: 50 },
        context(),
      );
      const losses = Array.from({ length: 6 }, () => model.fit(data).loss);
      const click = model.predict(users, catalogue).click as Float32Array;
      model.dispose();
      return { losses, click };
    };
    const wasm = await run('wasm');
    expect(wasm.losses[5]).toBeLessThan(wasm.losses[0]!);
    const cpu = await run('cpu');
    wasm.click.forEach((p, i) => {
      expect(p).toBeCloseTo(cpu.click[i]!, 3);
    });
  });

  // Every kernel any model differentiates through, on every head and loss family.
  const specs: ModelSpecInput[] = [
    {
      kind: 'logistic',
      positionTower: true,
      heads: { click: { loss: 'focal' }, watchTime: { loss: 'huber' } },
    },
    { kind: 'mf', heads: { click: { loss: 'bpr' }, satisfaction: { loss: 'bce-brier' } } },
    { kind: 'mf', heads: { click: { loss: 'sampled-softmax' } } },
    {
      kind: 'two-tower',
      hidden: [8, 8],
      heads: {
        click: { loss: 'ipw-bce' },
        watchTime: { loss: 'duration-debiased', options: { target: 'quantile' } },
      },
    },
    { kind: 'mmoe', positionTower: true, experts: 2, expertHidden: 4, towerHidden: 3 },
    {
      kind: 'mmoe',
      heads: {
        click: { loss: 'weighted-bce', options: { cFP: 1, cFN: 3 } },
        watchTime: { loss: 'mse' },
      },
    },
  ];
  test.each(specs)('$kind with $heads trains, predicts and frees everything', async (spec) => {
    await initBackend('wasm');
    const before = tf.memory().numTensors;
    const model = createModel({ ...spec, batchSize: 64 } as ModelSpecInput, context());
    const first = model.fit(data);
    const second = model.fit(data);
    expect(Number.isFinite(first.loss) && Number.isFinite(second.loss)).toBe(true);
    const scores = model.predict(users, catalogue);
    for (const head of model.heads) {
      const values = scores[head] as Float32Array;
      expect(values).toHaveLength(users.length * data.numItems);
      for (const v of values) expect(Number.isFinite(v)).toBe(true);
    }
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

test('readFloatsInto copies a wasm tensor into place, as dataSync reads it', async () => {
  await initBackend('wasm');
  const out = new Float32Array(8).fill(-1);
  expectNoLeakedTensors(() =>
    tf.tidy(() => {
      const tensor = tf.mul(tf.tensor2d([1, 2, 3, 4, 5, 6], [2, 3]), tf.scalar(0.5));
      readFloatsInto(tensor, out, 1);
      expect(Array.from(out)).toEqual([-1, ...tensor.dataSync(), -1]);
    }),
  );
  expect(Array.from(out)).toEqual([-1, 0.5, 1, 1.5, 2, 2.5, 3, -1]);
});

test('a clone on wasm shares its data yet outlives the original, and both free it', async () => {
  await initBackend('wasm');
  const dataBefore = tf.engine().backend.numDataIds();
  const original = tf.tensor1d([1, 2, 3]);
  const copy = tf.clone(original);
  expect(copy.dataId).toBe(original.dataId);
  original.dispose();
  expect(Array.from(copy.dataSync())).toEqual([1, 2, 3]);
  // A variable assigned new values leaves a clone taken before with the old ones.
  const initial = tf.tensor1d([5, 6]);
  const update = tf.tensor1d([7, 8]);
  const variable = tf.variable(initial);
  const saved = tf.clone(variable);
  variable.assign(update);
  expect(Array.from(saved.dataSync())).toEqual([5, 6]);
  expect(Array.from(variable.dataSync())).toEqual([7, 8]);
  tf.dispose([copy, saved, variable, initial, update]);
  expect(tf.engine().backend.numDataIds()).toBe(dataBefore);
});

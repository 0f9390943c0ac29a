import { createRng } from '@goodhart/random';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, expect, test } from 'vitest';
import { initBackend } from '../backend';
import { expectNoLeakedTensors } from '../internal/testing';
import type { Network } from './internal/network';
import { LogisticNetwork } from './logistic';
import { MfNetwork } from './mf';
import { MmoeNetwork } from './mmoe';
import { type ModelSpec, parseModelSpec } from './spec';
import { TwoTowerNetwork } from './two-tower';
import type { ModelContext } from './types';

beforeAll(async () => {
  await initBackend('cpu');
});

const numUsers = 5;
const numItems = 7;
const featureDim = 3;
const heads = 3;

function context(): ModelContext {
  return { numUsers, numItems, itemFeatureDim: featureDim, rng: createRng(11) };
}

function specOf<K extends ModelSpec['kind']>(input: { kind: K } & Record<string, unknown>) {
  const spec = parseModelSpec(input);
  if (spec.kind !== input.kind) throw new Error('unreachable');
  return spec as Extract<ModelSpec, { kind: K }>;
}

const builders: Array<[string, () => Network]> = [
  ['logistic', () => new LogisticNetwork(createRng(1), numUsers, featureDim, heads)],
  ['mf', () => new MfNetwork(createRng(2), numUsers, numItems, 4, heads)],
  [
    'two-tower',
    () =>
      new TwoTowerNetwork(
        createRng(3),
        context(),
        specOf({ kind: 'two-tower', embeddingDim: 4, hidden: [6] }),
        heads,
      ),
  ],
  [
    'mmoe',
    () =>
      new MmoeNetwork(
        createRng(4),
        context(),
        specOf({ kind: 'mmoe', embeddingDim: 4, experts: 3, expertHidden: 5, towerHidden: 2 }),
        heads,
      ),
  ],
];

// Scoring every item at once (grid) takes shortcuts (MMoE splits its first layer by
// broadcasting); it must give exactly what scoring each pair would.
test.each(builders)('%s: grid scores equal pair scores', (_name, build) => {
  const network = build();
  const rng = createRng(9);
  const features = new Float32Array(numItems * featureDim).map(() => rng.normal());
  const users = [4, 0, 2];
  const { grid, pairs } = expectNoLeakedTensors(() =>
    tf.tidy(() => {
      const all = tf.tensor2d(features, [numItems, featureDim]);
      const items = network.prepareGrid?.(all) ?? [all];
      const g = network
        .grid(tf.tensor1d(users, 'int32'), items)
        .map((t) => Array.from(t.dataSync()));
      const pairUsers = users.flatMap((u) => Array<number>(numItems).fill(u));
      const pairItems = users.flatMap(() => Array.from({ length: numItems }, (_, i) => i));
      const itemIds = tf.tensor1d(pairItems, 'int32');
      const p = network.pairs(tf.tensor1d(pairUsers, 'int32'), itemIds, tf.gather(all, itemIds));
      return { grid: g, pairs: Array.from(p.dataSync()) };
    }),
  );
  expect(grid).toHaveLength(heads);
  for (let h = 0; h < heads; h++) {
    grid[h]!.forEach((value, cell) => {
      expect(value).toBeCloseTo(pairs[cell * heads + h]!, 4);
    });
  }
  const before = tf.memory().numTensors;
  network.dispose();
  expect(tf.memory().numTensors).toBe(before - network.variables.length);
});

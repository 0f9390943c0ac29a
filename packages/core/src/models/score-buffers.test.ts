import { createRng } from '@goodhart/random';
import { describe, expect, test } from 'vitest';
import { initBackend } from '../backend';
import { createModel } from './create-model';
import { syntheticLogs } from './internal/synthetic-logs';
import { HeadScoreBuffers } from './score-buffers';
import type { ModelSpecInput } from './spec';
import type { ItemBatch } from './types';

const { data } = syntheticLogs({
  numUsers: 30,
  numItems: 25,
  featureDim: 4,
  slatesPerUser: 6,
  slateSize: 5,
  seed: 3,
});
const catalogue: ItemBatch = {
  numItems: data.numItems,
  itemFeatures: data.itemFeatures,
  itemFeatureDim: data.itemFeatureDim,
};
const context = {
  numUsers: data.numUsers,
  numItems: data.numItems,
  itemFeatureDim: data.itemFeatureDim,
};
const someUsers = Int32Array.of(4, 0, 17, 29, 4);
const fewerUsers = Int32Array.of(9, 2);

const specs: ModelSpecInput[] = [
  { kind: 'mf', embeddingDim: 4, heads: { click: { loss: 'bce' }, satisfaction: { loss: 'bce' } } },
  { kind: 'mmoe', embeddingDim: 4, experts: 2, expertHidden: 4, towerHidden: 4 },
  { kind: 'logistic' },
  { kind: 'two-tower', embeddingDim: 4, hidden: [8] },
  { kind: 'popularity' },
  { kind: 'content' },
];

describe.each(['cpu', 'wasm'] as const)('predict into reused buffers on %s', (backend) => {
  test.each(specs)(
    '$kind writes the same scores as a fresh predict, into the buffers',
    async (spec) => {
      await initBackend(backend);
      const model = createModel(spec, { ...context, rng: createRng(11) });
      try {
        model.fit(data, { epochs: 1 });
        const buffers = new HeadScoreBuffers();
        for (const users of [someUsers, fewerUsers, someUsers]) {
          const fresh = model.predict(users, catalogue);
          const into = buffers.for(model.heads, users.length * data.numItems);
          const reused = model.predict(users, catalogue, into);
          for (const head of model.heads) {
            const scores = reused[head] as Float32Array;
            expect(scores.length).toBe(users.length * data.numItems);
            // A view of the caller's array, not a copy of it.
            expect(scores.buffer).toBe((into[head] as Float32Array).buffer);
            expect(Array.from(scores)).toEqual(Array.from(fresh[head] as Float32Array));
          }
        }
      } finally {
        model.dispose();
      }
    },
  );
});

describe('HeadScoreBuffers', () => {
  test('keeps its arrays while they are long enough and grows them when not', () => {
    const buffers = new HeadScoreBuffers();
    const first = buffers.for(['click', 'watchTime'], 100);
    expect(Object.keys(first)).toEqual(['click', 'watchTime']);
    expect(first.click?.length).toBeGreaterThanOrEqual(100);
    expect(buffers.for(['click'], 90).click).toBe(first.click);
    const grown = buffers.for(['click'], 1000);
    expect(grown.click).not.toBe(first.click);
    expect(grown.click?.length).toBeGreaterThanOrEqual(1000);
  });

  test('a buffer too short for the call is refused with its size and the size needed', async () => {
    await initBackend('cpu');
    const model = createModel({ kind: 'mf' }, { ...context, rng: createRng(1) });
    try {
      expect(() => model.predict(someUsers, catalogue, { click: new Float32Array(10) })).toThrow(
        'predict: into.click holds 10 scores, this call needs 125 (users × items)',
      );
    } finally {
      model.dispose();
    }
  });
});

test('scores read straight from the wasm heap match the cpu backend', async () => {
  const scoresOn = async (backend: 'cpu' | 'wasm') => {
    await initBackend(backend);
    const model = createModel({ kind: 'mf', embeddingDim: 4 }, { ...context, rng: createRng(5) });
    try {
      return Array.from(
        model.predict(someUsers, catalogue, new HeadScoreBuffers().for(['click'], 200))
          .click as Float32Array,
      );
    } finally {
      model.dispose();
    }
  };
  const cpu = await scoresOn('cpu');
  const wasm = await scoresOn('wasm');
  expect(wasm.length).toBe(someUsers.length * data.numItems);
  const largestGap = Math.max(...wasm.map((score, i) => Math.abs(score - cpu[i]!)));
  expect(largestGap).toBeLessThan(1e-5);
});

test('the ideal model passes the click buffer on to trueScores and serves it for every head', () => {
  const trueScores = (users: Int32Array, into?: Float32Array) => {
    const out =
      into?.subarray(0, users.length * data.numItems) ??
      new Float32Array(users.length * data.numItems);
    out.forEach((_, k) => {
      out[k] = users[Math.floor(k / data.numItems)]! + (k % data.numItems) / 100;
    });
    return out;
  };
  const model = createModel({ kind: 'ideal' }, { ...context, rng: createRng(1), trueScores });
  const into = new HeadScoreBuffers().for(model.heads, 200);
  const scores = model.predict(fewerUsers, catalogue, into);
  expect(scores.click?.buffer).toBe(into.click?.buffer);
  expect(scores.watchTime).toBe(scores.click);
  expect(scores.click?.[data.numItems + 3]).toBeCloseTo(2.03, 5);
});

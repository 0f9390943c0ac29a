import { createRng } from '@goodhart/random';
import { expect, test } from 'vitest';
import { createModel } from './create-model';
import { modelKinds, parseModelSpec } from './spec';

test('fills defaults', () => {
  expect(parseModelSpec({ kind: 'mf' })).toEqual({
    kind: 'mf',
    heads: { click: { loss: 'bce', weight: 1, options: {} } },
    positionTower: false,
    positionDropout: 0,
    maxPositions: 50,
    learningRate: 0.01,
    epochs: 1,
    batchSize: 256,
    l2: 1e-4,
    embeddingDim: 16,
  });
  const mmoe = parseModelSpec({ kind: 'mmoe' });
  expect(mmoe.kind === 'mmoe' && Object.keys(mmoe.heads)).toEqual([
    'click',
    'satisfaction',
    'watchTime',
  ]);
  expect(modelKinds).toEqual([
    'logistic',
    'mf',
    'two-tower',
    'mmoe',
    'popularity',
    'content',
    'content-nnls',
    'social',
    'random',
    'ideal',
  ]);
});

test('names the field and the reason', () => {
  expect(() => parseModelSpec({ kind: 'svd' })).toThrow(/invalid model spec: kind: /);
  expect(() => parseModelSpec({ kind: 'mf', embeddingDim: 0 })).toThrow(
    /invalid model spec: embeddingDim: .*>0|invalid model spec: embeddingDim: .*positive/i,
  );
  expect(() => parseModelSpec({ kind: 'mf', heads: { click: { loss: 'hinge' } } })).toThrow(
    /heads\.click\.loss/,
  );
  expect(() => parseModelSpec({ kind: 'mf', heads: { watchTime: { loss: 'bce' } } })).toThrow(
    'invalid model spec: heads.watchTime.loss: watchTime needs mse, huber or duration-debiased, got bce',
  );
  expect(() => parseModelSpec({ kind: 'mf', heads: { click: { loss: 'mse' } } })).toThrow(
    'heads.click.loss: click needs a classification or ranking loss, got mse',
  );
  expect(() =>
    parseModelSpec({ kind: 'mf', positionTower: true, heads: { satisfaction: { loss: 'bce' } } }),
  ).toThrow('positionTower: the position tower needs a click head');
  expect(() => parseModelSpec({ kind: 'mf', positionDropout: 0.1 })).toThrow(
    'positionDropout: position dropout needs the position tower (positionTower: true)',
  );
  expect(() => parseModelSpec({ kind: 'mf', heads: { click: { loss: 'weighted-bce' } } })).toThrow(
    'heads.click.options: weighted-bce needs cFP and cFN, or classWeights',
  );
  expect(() => parseModelSpec({ kind: 'mf', heads: {} })).toThrow(
    'heads: at least one head is required',
  );
  expect(() => parseModelSpec({ kind: 'popularity', epochs: 3 })).toThrow(/popularity|epochs/);
});

test('createModel checks its context', () => {
  expect(() =>
    createModel(
      { kind: 'random' },
      { numUsers: -1, numItems: 2, itemFeatureDim: 1, rng: createRng(1) },
    ),
  ).toThrow('createModel: context.numUsers must be a non-negative integer, got -1');
});

import { createModel, initBackend } from '@goodhart/core';
import { createRng } from '@goodhart/random';
import { beforeAll, describe, expect, it } from 'vitest';
import { feedbackArmSchema } from '../../spec/feedback-arm-schema';
import { tunedModel } from './tuned-model-factory';

beforeAll(async () => {
  await initBackend('cpu');
});

const data = {
  user: Int32Array.of(0, 0, 1, 1, 2, 2),
  item: Int32Array.of(0, 1, 2, 3, 1, 2),
  position: Int32Array.of(0, 1, 0, 1, 0, 1),
  clicked: Uint8Array.of(1, 0, 1, 0, 0, 1),
  watchTime: Float32Array.of(2, 0, 3, 0, 0, 1),
  satisfaction: Float32Array.of(1, Number.NaN, 0, Number.NaN, Number.NaN, 1),
  numUsers: 3,
  numItems: 4,
  itemFeatures: Float32Array.of(1, 0, 0, 1, 1, 1, -1, 0),
  itemFeatureDim: 2,
};
const items = { numItems: 4, itemFeatures: data.itemFeatures, itemFeatureDim: 2 };
const users = Int32Array.of(0, 1, 2);
const context = () => ({ numUsers: 3, numItems: 4, itemFeatureDim: 2, rng: createRng(9) });
const twoTower = { kind: 'two-tower' as const, embeddingDim: 4, hidden: [8] };

describe('tunedModel', () => {
  it('serves exactly the base while the proxy twins are still alike, the shifted base once one is tuned', () => {
    // The twins start from the same weights and pretrain on the same rows, so their logit
    // difference is 0 and the proxy serves the base (to float precision); once the tuned twin
    // has fit the satisfaction answers, it no longer does.
    const arm = feedbackArmSchema.parse({
      name: 'proxy',
      model: twoTower,
      tuning: { kind: 'proxy', small: twoTower },
    });
    const proxy = tunedModel(arm, context(), 1);
    const base = createModel(twoTower, context());
    proxy.fit(data);
    base.fit(data);
    const served = proxy.predict(users, items).click as Float32Array;
    const plain = base.predict(users, items).click as Float32Array;
    for (let k = 0; k < served.length; k++) expect(served[k]).toBeCloseTo(plain[k]!, 5);
    proxy.fit(data);
    base.fit(data);
    const shifted = proxy.predict(users, items).click as Float32Array;
    const next = base.predict(users, items).click as Float32Array;
    expect(shifted.some((p, k) => Math.abs(p - next[k]!) > 1e-4)).toBe(true);
    proxy.dispose();
    base.dispose();
  });

  it('leaves an arm without tuning as its spec says', () => {
    const arm = feedbackArmSchema.parse({ name: 'plain', model: twoTower });
    const model = tunedModel(arm, context(), 1);
    expect(model.kind).toBe('two-tower');
    model.dispose();
  });

  it('refuses tuning of a model without a lone pointwise click head', () => {
    const result = feedbackArmSchema.safeParse({
      name: 'bad',
      model: {
        kind: 'two-tower',
        heads: { click: { loss: 'bce' }, satisfaction: { loss: 'bce' } },
      },
      tuning: { kind: 'proxy', small: { kind: 'popularity' } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'model',
      'tuning.small',
    ]);
  });
});

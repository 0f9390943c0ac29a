import type { FitResult, HeadScores, ItemBatch, ScoringModel, TrainingData } from '@goodhart/core';
import { describe, expect, it } from 'vitest';
import {
  FineTunedModel,
  ProxyTunedModel,
  proxyTunedScores,
  satisfactionRows,
} from './tuned-models';

/** Logs of four impressions: two clicked, one of them with a satisfaction answer (a like). */
const data: TrainingData = {
  user: Int32Array.of(0, 0, 1, 1),
  item: Int32Array.of(0, 1, 0, 1),
  position: Int32Array.of(0, 1, 0, 1),
  clicked: Uint8Array.of(1, 0, 1, 0),
  watchTime: Float32Array.of(2, 0, 3, 0),
  satisfaction: Float32Array.of(Number.NaN, Number.NaN, 1, Number.NaN),
  numUsers: 2,
  numItems: 2,
  itemFeatures: Float32Array.of(1, 0),
  itemFeatureDim: 1,
};

/** A model that records what it was fitted on and serves a fixed click probability. */
function recorder(click: number): ScoringModel & { seen: TrainingData[] } {
  const seen: TrainingData[] = [];
  return {
    kind: 'recorder',
    heads: ['click'],
    seen,
    fit(logs: TrainingData): FitResult {
      seen.push(logs);
      return { loss: click, lossByHead: { click }, examples: logs.user.length };
    },
    predict(users: Int32Array, items: ItemBatch): HeadScores {
      return { click: new Float32Array(users.length * items.numItems).fill(click) };
    },
    dispose() {},
  };
}

describe('tuned models', () => {
  it('the satisfaction objective is the rows with an answer, labelled with it', () => {
    const rows = satisfactionRows(data);
    expect(Array.from(rows.user)).toEqual([1]);
    expect(Array.from(rows.item)).toEqual([0]);
    expect(Array.from(rows.clickTarget ?? [])).toEqual([1]);
  });

  it('fine-tuning trains on clicks for the pretraining fits, on satisfaction after', () => {
    const inner = recorder(0.3);
    const model = new FineTunedModel(inner, 2);
    model.fit(data);
    model.fit(data);
    expect(model.tuning).toBe(true);
    model.fit(data);
    expect(inner.seen.map((logs) => logs.user.length)).toEqual([4, 4, 1]);
    expect(inner.seen[0]?.clickTarget).toBeUndefined();
    expect(Array.from(inner.seen[2]?.clickTarget ?? [])).toEqual([1]);
  });

  it('proxy tuning adds the tuned − untuned logit to the base logit', () => {
    // logit 0.5 = 0, logit 0.8 = ln 4 = 1.386294, logit 0.2 = −ln 4: σ(0 + ln 4 − ln 4) = 0.5;
    // base 0.2, tuned 0.8, untuned 0.5: σ(−ln 4 + ln 4 − 0) = 0.5;
    // base 0.5, tuned 0.8, untuned 0.2: σ(2 ln 4) = 16/17 = 0.941176.
    const scores = proxyTunedScores(
      Float32Array.of(0.5, 0.2, 0.5),
      Float32Array.of(0.8, 0.8, 0.8),
      Float32Array.of(0.8, 0.5, 0.2),
    );
    expect(scores[0]).toBeCloseTo(0.5, 6);
    expect(scores[1]).toBeCloseTo(0.5, 6);
    expect(scores[2]).toBeCloseTo(16 / 17, 6);
  });

  it('the proxy arm fits its base and untuned twin on clicks, its tuned twin like fine-tuning, and serves the shifted base', () => {
    const base = recorder(0.5);
    const untuned = recorder(0.2);
    const tunedInner = recorder(0.8);
    const model = new ProxyTunedModel(base, untuned, new FineTunedModel(tunedInner, 1));
    expect(model.fit(data).loss).toBe(0.5); // the base's
    model.fit(data);
    expect(base.seen.map((logs) => logs.user.length)).toEqual([4, 4]);
    expect(untuned.seen.map((logs) => logs.user.length)).toEqual([4, 4]);
    expect(tunedInner.seen.map((logs) => logs.user.length)).toEqual([4, 1]);
    const click = model.predict(Int32Array.of(0), {
      numItems: 2,
      itemFeatures: data.itemFeatures,
      itemFeatureDim: 1,
    }).click;
    expect(Array.from(click ?? []).map((p) => Number(p.toFixed(6)))).toEqual([0.941176, 0.941176]);
  });
});

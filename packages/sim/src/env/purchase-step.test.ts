import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import type { WorldConfigInput } from '../config/world-config';
import { handWorld, quietWorld } from '../testing/hand-world';
import { createWorld } from '../world/create-world';
import { RecommendationEnv } from './recommendation-env';

// One user on topic (1, 0); four items, the last two carrying the marker.
const spec = {
  preferences: [[1, 0]],
  topics: [
    [1, 0],
    [0.6, 0.8],
    [1, 0],
    [0.6, 0.8],
  ],
  quality: [0.5, 0.5, 0.5, 0.5],
  clickbait: [0, 0, 0, 0],
  marked: [0, 0, 1, 1],
};

function stepWith(config: WorldConfigInput, seed = 3) {
  const full = { ...quietWorld, examination: { eta: 0 }, ...config };
  const env = new RecommendationEnv(handWorld({ ...spec, config: full }).config, seed, {
    createWorld: () => handWorld({ ...spec, config: full }),
  });
  const observation = env.reset();
  return { observation, step: env.step(Int32Array.from([0, 1, 2, 3])) };
}

describe('purchases in a step, worked by hand', () => {
  it('buys after exactly the clicks the odds say: none unmarked, all marked', () => {
    // Every item examined and clicked (intercept 50). rate 1e-9 and markerOdds e^40: an
    // unmarked item buys with P ≈ 1e-9, a marked one with σ(logit(1e-9) + 40) ≈ 1.
    const { step } = stepWith({
      click: { intercept: 50 },
      purchase: { rate: 1e-9, relevance: 0, markerShare: 0.5, markerOdds: Math.exp(40) },
    });
    expect([...step.log.clicked]).toEqual([1, 1, 1, 1]);
    expect([...(step.log.purchased ?? [])]).toEqual([0, 0, 1, 1]);
  });

  it('never buys without a click', () => {
    const { step } = stepWith({
      click: { intercept: -50 },
      purchase: { rate: 0.99, relevance: 0, markerShare: 0.5, markerOdds: 1 },
    });
    expect([...(step.log.purchased ?? [])]).toEqual([0, 0, 0, 0]);
  });

  it('shows the marker as the last item feature column, and no column when off', () => {
    const on = stepWith({ purchase: { rate: 0.1, relevance: 0, markerShare: 0.5, markerOdds: 2 } });
    // topicDim 2 + headline, log duration, polarity + marker = 6 columns.
    expect(on.observation.itemFeatureDim).toBe(6);
    const column = [0, 1, 2, 3].map((i) => on.observation.itemFeatures[i * 6 + 5]);
    expect(column).toEqual([0, 0, 1, 1]);
    const off = stepWith({});
    expect(off.observation.itemFeatureDim).toBe(5);
  });

  it('leaves clicks, utilities and watch times as they were without it (no draw added)', () => {
    const off = stepWith({}, 11).step;
    const on = stepWith(
      { purchase: { rate: 0.5, relevance: 0.5, markerShare: 0.5, markerOdds: 3 } },
      11,
    ).step;
    expect([...on.log.clicked]).toEqual([...off.log.clicked]);
    expect([...on.log.watchTime]).toEqual([...off.log.watchTime]);
    expect([...on.outcome.utility]).toEqual([...off.outcome.utility]);
    expect([...(off.log.purchased ?? [])]).toEqual([0, 0, 0, 0]);
  });
});

describe('the purchase marker in a drawn world', () => {
  it('marks about markerShare of the items, and changes no other item draw when off', () => {
    const marked = createWorld(
      { numItems: 2000, numCreators: 20, purchase: { markerShare: 0.1 } },
      createRng(5),
    );
    let count = 0;
    for (const m of marked.items.marked) count += m;
    // Binomial(2000, 0.1): mean 200, sd 13.4.
    expect(count).toBeGreaterThan(150);
    expect(count).toBeLessThan(250);
    const a = createWorld({ numItems: 50 }, createRng(5));
    const b = createWorld({ numItems: 50, purchase: { rate: 0.1 } }, createRng(5));
    expect([...b.items.quality]).toEqual([...a.items.quality]);
    expect([...b.items.marked]).toEqual(new Array(50).fill(0));
  });
});

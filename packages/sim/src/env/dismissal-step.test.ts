import { describe, expect, it } from 'vitest';
import type { WorldConfigInput } from '../config/world-config';
import { handWorld, quietWorld } from '../testing/hand-world';
import { RecommendationEnv } from './recommendation-env';

// One user on topic (1, 0); four items at cosines 1, 0.6, −0.6 and −1 with it.
const spec = {
  preferences: [[1, 0]],
  topics: [
    [1, 0],
    [0.6, 0.8],
    [-0.6, 0.8],
    [-1, 0],
  ],
  quality: [0.5, 0.5, 0.5, 0.5],
  clickbait: [0, 0, 0, 0],
};

function stepWith(config: WorldConfigInput, seed = 3) {
  const full = { ...quietWorld, examination: { eta: 0 }, ...config };
  const env = new RecommendationEnv(handWorld({ ...spec, config: full }).config, seed, {
    createWorld: () => handWorld({ ...spec, config: full }),
  });
  env.reset();
  return env.step(Int32Array.from([0, 1, 2, 3]));
}

describe('dismissal in a step, worked by hand', () => {
  it('dismisses exactly the unclicked items the user is not interested in', () => {
    // No clicks (intercept −50); every item examined (eta 0); rate 1 and weight 1000:
    // σ(−1000 · rel) is 0 for rel 1 and 0.6, 1 for rel −0.6 and −1.
    const { log } = stepWith({
      click: { intercept: -50 },
      dismissal: { rate: 1, relevance: 1000 },
    });
    expect([...log.clicked]).toEqual([0, 0, 0, 0]);
    expect([...(log.dismissed ?? [])]).toEqual([0, 0, 1, 1]);
  });

  it('never dismisses a click or an unexamined item', () => {
    // Everyone clicks (intercept 50): nothing left to dismiss.
    const clicks = stepWith({ click: { intercept: 50 }, dismissal: { rate: 1, relevance: 1000 } });
    expect([...(clicks.log.dismissed ?? [])]).toEqual([0, 0, 0, 0]);
    // eta 1000: only position 0 is examined; the rest were never seen.
    const unseen = stepWith({
      examination: { eta: 1000 },
      click: { intercept: -50 },
      dismissal: { rate: 1, relevance: -1000 },
    });
    expect([...(unseen.log.dismissed ?? [])]).toEqual([1, 0, 0, 0]);
  });

  it('leaves clicks, utilities and watch times as they were without it (no draw added)', () => {
    const off = stepWith({ dismissal: { rate: 0, relevance: 2.5 } }, 11);
    const on = stepWith({ dismissal: { rate: 1, relevance: 2.5 } }, 11);
    expect([...on.log.clicked]).toEqual([...off.log.clicked]);
    expect([...on.log.watchTime]).toEqual([...off.log.watchTime]);
    expect([...on.outcome.utility]).toEqual([...off.outcome.utility]);
    expect([...(off.log.dismissed ?? [])]).toEqual([0, 0, 0, 0]);
  });
});

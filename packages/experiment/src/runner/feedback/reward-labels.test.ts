import type { InteractionLog } from '@goodhart/sim';
import { describe, expect, it } from 'vitest';
import { rewardLabels, slateAdvantages } from './reward-labels';

/** Two slates of 4: user 7 then user 2. */
function log(clicked: number[], purchased: number[]): InteractionLog {
  return {
    round: 0,
    length: 8,
    user: Int32Array.from([7, 7, 7, 7, 2, 2, 2, 2]),
    item: Int32Array.from([0, 1, 2, 3, 0, 1, 2, 3]),
    position: Int32Array.from([0, 1, 2, 3, 0, 1, 2, 3]),
    clicked: Uint8Array.from(clicked),
    watchTime: new Float32Array(8),
    satisfaction: new Float32Array(8).fill(Number.NaN),
    purchased: Uint8Array.from(purchased),
  };
}

describe('slateAdvantages', () => {
  it('normalises within each run of one user’s rows, worked by hand', () => {
    // Slate 1: rewards 6, 0, 1, 0: mean 1.75, sd √((4.25² + 1.75² + 0.75² + 1.75²) / 4) =
    // √6.1875 = 2.4874686; (r − 1.75) / 2.4875686 = 1.7084956, −0.7034982, −0.3014992,
    // −0.7034982. Slate 2: all 0: sd 0, advantage 0 everywhere (ε keeps it from 0/0).
    const out = slateAdvantages(
      Int32Array.from([7, 7, 7, 7, 2, 2, 2, 2]),
      Float64Array.from([6, 0, 1, 0, 0, 0, 0, 0]),
    );
    const expected = [1.7084956, -0.7034982, -0.3014992, -0.7034982, 0, 0, 0, 0];
    for (const [r, value] of expected.entries()) expect(out[r]).toBeCloseTo(value, 6);
  });

  it('gives one success among ten failures advantage 3 and the rest −1/3', () => {
    // mean 0.1, sd 0.3: (1 − 0.1) / 0.3001 = 2.9990003, (0 − 0.1) / 0.3001 = −0.3332223.
    const rewards = Float64Array.from([0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    const out = slateAdvantages(new Int32Array(10), rewards);
    expect(out[3]).toBeCloseTo(2.9990003, 6);
    expect(out[0]).toBeCloseTo(-0.3332223, 6);
  });
});

describe('rewardLabels', () => {
  // value 5: slate 1's rewards 1 + 5, 0, 1, 0 = 6, 0, 1, 0; slate 2's 0, 1, 0, 0.
  const clicked = [1, 0, 1, 0, 0, 1, 0, 0];
  const purchased = [1, 0, 0, 0, 0, 0, 0, 0];

  it('none: the clicks, each purchased row counting 1 + value times', () => {
    const labels = rewardLabels(log(clicked, purchased), { value: 5, normalise: 'none' });
    expect([...labels.target]).toEqual(clicked);
    expect([...labels.weight]).toEqual([6, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('slate: positive advantage a weighted positive, negative a weighted negative', () => {
    const labels = rewardLabels(log(clicked, purchased), { value: 5, normalise: 'slate' });
    // Slate 1 as in slateAdvantages' test: the plain click (reward 1) falls below the slate's
    // mean 1.75, so it becomes a negative example of weight 0.3014992.
    expect([...labels.target]).toEqual([1, 0, 0, 0, 0, 1, 0, 0]);
    // Slate 2: rewards 0, 1, 0, 0: mean 0.25, sd √((3 · 0.0625 + 0.5625) / 4) = 0.4330127;
    // (1 − 0.25) / 0.4331127 = 1.7316509, (0 − 0.25) / 0.4331127 = −0.5772170.
    const expected = [1.7084956, 0.7034982, 0.3014992, 0.7034982, 0.577217, 1.7316509];
    for (const [r, value] of expected.entries()) expect(labels.weight[r]).toBeCloseTo(value, 6);
  });

  it('slate with value 0 is the clicks, group-normalised', () => {
    // Slate 1's rewards 1, 0, 1, 0: mean 0.5, sd 0.5: advantages ±0.5 / 0.5001 = ±0.9998.
    const labels = rewardLabels(log(clicked, purchased), { value: 0, normalise: 'slate' });
    expect([...labels.target]).toEqual(clicked);
    expect(labels.weight[0]).toBeCloseTo(0.9998, 4);
    expect(labels.weight[1]).toBeCloseTo(0.9998, 4);
  });
});

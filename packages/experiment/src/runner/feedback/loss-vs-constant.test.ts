import { describe, expect, it } from 'vitest';
import { constantCtrLoss } from './loss-vs-constant';

describe('constantCtrLoss', () => {
  it('is the binary entropy of the rows’ click rate, in nats', () => {
    // One click in four: p = 1/4, −(0.25 ln 0.25 + 0.75 ln 0.75) = 0.25 × 1.386294
    // + 0.75 × 0.287682 = 0.346574 + 0.215762 = 0.562335.
    expect(constantCtrLoss([1, 0, 0, 0])).toBeCloseTo(0.562335, 6);
    // p = 1/2: ln 2 = 0.693147, the most a constant can lose.
    expect(constantCtrLoss(Uint8Array.of(1, 0))).toBeCloseTo(Math.LN2, 12);
  });

  it('takes soft labels (a teacher’s click probabilities) the same way: the entropy of their mean', () => {
    // Mean 0.25; the constant 0.25's mean cross-entropy against [0.5, 0, 0.25, 0.25] is
    // −(0.25 ln 0.25 + 0.75 ln 0.75), linear in the labels: 0.562335 as for one click in four.
    expect(constantCtrLoss(Float32Array.of(0.5, 0, 0.25, 0.25))).toBeCloseTo(0.562335, 6);
  });

  it('is 0 when every row agrees and NaN without rows', () => {
    expect(constantCtrLoss([1, 1, 1])).toBe(0);
    expect(constantCtrLoss([0, 0])).toBe(0);
    expect(constantCtrLoss([])).toBeNaN();
  });
});

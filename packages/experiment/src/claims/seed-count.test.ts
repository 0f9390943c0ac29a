import { describe, expect, it } from 'vitest';
import { effectSd, seedsForEffect } from './seed-count';

describe('seedsForEffect', () => {
  it('finds the fewest seeds whose paired interval excludes 0 with the asked power', () => {
    // power 0.5 is the bare half-width rule, t(0.975, n−1)·sd/√n ≤ effect, at sd = effect = 1:
    // n = 6: 2.5706/2.4495 = 1.049 > 1; n = 7: 2.4469/2.6458 = 0.925 ≤ 1
    expect(seedsForEffect({ sd: 1, smallestEffect: 1, power: 0.5 })).toBe(7);
    // sd 1, effect 0.5: n = 17: 2.1199/4.1231 = 0.514 > 0.5; n = 18: 2.1098/4.2426 = 0.497
    expect(seedsForEffect({ sd: 1, smallestEffect: 0.5, power: 0.5 })).toBe(18);
    // power 0.8 adds t(0.8, n−1): n = 9: (2.3060 + 0.8889)/3 = 1.065 > 1;
    // n = 10: (2.2622 + 0.8834)/3.1623 = 0.995 ≤ 1
    expect(seedsForEffect({ sd: 1, smallestEffect: 1 })).toBe(10);
  });

  it('never goes below the minimum, and says when the effect is too small for the budget', () => {
    expect(seedsForEffect({ sd: 0.1, smallestEffect: 1 })).toBe(5);
    expect(seedsForEffect({ sd: 0, smallestEffect: 1, minimum: 3 })).toBe(3);
    expect(() => seedsForEffect({ sd: 1, smallestEffect: 0.01 })).toThrow(
      /an effect of 0\.01 at sd 1 needs more than 200 seeds/,
    );
    expect(() => seedsForEffect({ sd: 1, smallestEffect: 0 })).toThrow(
      /smallestEffect must be > 0/,
    );
  });
});

describe('effectSd', () => {
  it("recovers the per-seed sd from a pilot run's interval", () => {
    // differences 0.5, 0.5, 1: sd = √(1/12) = 0.288675, half-width 4.302653 · sd / √3 = 0.717109
    const effect = {
      mean: 2 / 3,
      lower: 2 / 3 - 0.717109,
      upper: 2 / 3 + 0.717109,
      n: 3,
      agreeing: 3,
    };
    expect(effectSd(effect)).toBeCloseTo(Math.sqrt(1 / 12), 5);
    expect(effectSd({ ...effect, n: 1 })).toBeNaN();
  });
});

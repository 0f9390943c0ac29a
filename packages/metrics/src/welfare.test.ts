import { describe, expect, it } from 'vitest';
import { MetricInputError } from './errors';
import {
  meanRelevance,
  meanUtility,
  regret,
  retentionCurve,
  retentionRate,
  returnRate,
  totalUtility,
  utilityNormalised,
  utilityRelativeToOracle,
} from './welfare';

describe('meanUtility and totalUtility', () => {
  it('average and add up true utility', () => {
    // Three clicks worth 1, -0.5 (a disappointing clickbait item) and 2: total 2.5, mean 2.5/3.
    const utilities = new Float32Array([1, -0.5, 2]);
    expect(totalUtility(utilities)).toBe(2.5);
    expect(meanUtility(utilities)).toBeCloseTo(2.5 / 3, 12);
  });

  it('sums nothing to 0 but refuses the mean of nothing', () => {
    expect(totalUtility([])).toBe(0);
    expect(() => meanUtility([])).toThrow('meanUtility: utilities must not be empty');
  });

  it('refuses non-finite utilities, naming the index', () => {
    expect(() => totalUtility([1, Number.NaN])).toThrow('utilities must be finite, but [1] is NaN');
  });
});

describe('regret and utilityRelativeToOracle', () => {
  // Two users. The oracle gives them 3 and 1; the policy gives 2 and 1.
  // Regret = mean(3-2, 1-1) = 0.5; relative utility = (2+1)/(3+1) = 0.75.
  const policy = [2, 1];
  const oracle = [3, 1];

  it('measure the gap to the oracle', () => {
    expect(regret(policy, oracle)).toBe(0.5);
    expect(utilityRelativeToOracle(policy, oracle)).toBe(0.75);
  });

  it('is zero regret and ratio 1 for the oracle itself', () => {
    expect(regret(oracle, oracle)).toBe(0);
    expect(utilityRelativeToOracle(oracle, oracle)).toBe(1);
  });

  it('gives NaN for a ratio to a non-positive oracle total', () => {
    expect(utilityRelativeToOracle([1, 1], [1, -1])).toBeNaN();
  });

  it('refuses misaligned inputs with a clear message', () => {
    expect(() => regret([1, 2, 3], [1, 2])).toThrow(
      'regret: policyUtility has length 3 but oracleUtility has length 2; they must match',
    );
    expect(() => regret([1], [1])).not.toThrow();
    try {
      utilityRelativeToOracle([], []);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MetricInputError);
      expect((error as MetricInputError).argument).toBe('oracleUtility');
    }
  });
});

describe('retention', () => {
  it('compares the last round with the first', () => {
    // 100 users active at first, 80 after two rounds: retention 0.8; the curve is 1, 0.9, 0.8.
    expect(retentionRate([100, 90, 80])).toBe(0.8);
    expect(Array.from(retentionCurve([100, 90, 80]))).toEqual([1, 0.9, 0.8]);
  });

  it('is undefined when nobody was active at the start', () => {
    expect(retentionRate([0, 5])).toBeNaN();
    expect(Array.from(retentionCurve([0, 5]))).toEqual([Number.NaN, Number.NaN]);
  });

  it('follows the same users from one round to the next', () => {
    // Users 0, 1, 2, 3 were active; 1 and 3 came back, 4 is new and does not count.
    // A repeated id (3 twice) counts once. Return rate = 2/4.
    expect(returnRate([0, 1, 2, 3], [3, 1, 4, 3], 5)).toBe(0.5);
    expect(returnRate([], [1], 5)).toBeNaN();
  });

  it('refuses user ids outside the population', () => {
    expect(() => returnRate([0, 5], [0], 5)).toThrow(
      'returnRate: previousActiveUsers must contain integer ids in [0, numUsers = 5), but [1] is 5',
    );
  });
});

describe('utilityNormalised', () => {
  it('puts random at 0 and the oracle at 1', () => {
    // Two users. Totals: policy 0.5 + 1.5 = 2, random 0 + 1 = 1, oracle 2 + 2 = 4.
    // (2 - 1) / (4 - 1) = 1/3.
    expect(utilityNormalised([0.5, 1.5], [0, 1], [2, 2])).toBeCloseTo(1 / 3, 12);
    expect(utilityNormalised([0, 1], [0, 1], [2, 2])).toBe(0);
    expect(utilityNormalised([2, 2], [0, 1], [2, 2])).toBe(1);
  });

  it('is negative below random and does not care where the utility scale puts zero', () => {
    // Totals: policy -3, random -2, oracle 0: (-3 + 2) / (0 + 2) = -1/2.
    expect(utilityNormalised([-1, -2], [-1, -1], [0, 0])).toBeCloseTo(-0.5, 12);
  });

  it('is NaN when the oracle is no better than random', () => {
    expect(utilityNormalised([1], [1], [1])).toBeNaN();
  });

  it('names a misaligned randomUtility', () => {
    expect(() => utilityNormalised([1, 2], [1], [2, 3])).toThrow(/randomUtility/);
  });
});

describe('meanRelevance', () => {
  it('is the plain mean over impressions, and names its field when empty', () => {
    // (1 + 0 - 0.5 + 0.3) / 4 = 0.2
    expect(meanRelevance([1, 0, -0.5, 0.3])).toBeCloseTo(0.2, 12);
    expect(() => meanRelevance([])).toThrow(/relevance/);
  });
});

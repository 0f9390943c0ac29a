import { describe, expect, it } from 'vitest';
import { confusionCounts, expectedCost, expectedCostAtThreshold } from './decision-cost';

// Five cases with labels 1, 1, 0, 0, 0 and predicted probabilities 0.9, 0.3, 0.4, 0.1, 0.05.
const labels = [1, 1, 0, 0, 0];
const probabilities = [0.9, 0.3, 0.4, 0.1, 0.05];
// A miss costs 4 times a false alarm: c_FP = 1, c_FN = 4, Bayes threshold 1/5 = 0.2.
const costs = { falsePositive: 1, falseNegative: 4 };

describe('confusionCounts and expectedCost', () => {
  it('count outcomes and price the mistakes', () => {
    // Decisions 1, 0, 1, 0, 0: one TP, one FN (case 2), one FP (case 3), two TN.
    const decisions = [1, 0, 1, 0, 0];
    expect(confusionCounts(decisions, labels)).toEqual({
      truePositives: 1,
      falsePositives: 1,
      trueNegatives: 2,
      falseNegatives: 1,
    });
    // (1 * 1 + 4 * 1) / 5 = 1.
    expect(expectedCost(decisions, labels, costs)).toBe(1);
  });

  it('refuses non-binary decisions and costs that price nothing', () => {
    expect(() => expectedCost([0.7], [1], costs)).toThrow('decisions must contain only 0 and 1');
    expect(() => expectedCost([1], [1], { falsePositive: 0, falseNegative: 0 })).toThrow(
      'expectedCost: costs must give at least one kind of mistake a positive cost',
    );
    expect(() => expectedCost([1], [1], { falsePositive: -1, falseNegative: 1 })).toThrow(
      'costs.falsePositive must be a finite non-negative number, got -1',
    );
  });
});

describe('expectedCostAtThreshold', () => {
  it('uses the Bayes threshold c_FP / (c_FP + c_FN) by default', () => {
    // Threshold 0.2: decide 1, 1, 1, 0, 0 -> one FP (0.4): cost 1/5 = 0.2.
    expect(expectedCostAtThreshold(probabilities, labels, costs)).toBeCloseTo(0.2, 12);
  });

  it('costs more at the symmetric threshold 0.5 when misses are dear', () => {
    // Threshold 0.5: decide 1, 0, 0, 0, 0 -> one FN (0.3): cost 4/5 = 0.8.
    expect(expectedCostAtThreshold(probabilities, labels, costs, 0.5)).toBeCloseTo(0.8, 12);
    expect(() => expectedCostAtThreshold(probabilities, labels, costs, 1.5)).toThrow(
      'threshold must lie in [0, 1], got 1.5',
    );
  });
});

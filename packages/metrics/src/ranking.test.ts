import { describe, expect, it } from 'vitest';
import { unit } from './internal/synthetic';
import { auc } from './ranking';

describe('auc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one', () => {
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 1, 0, 1])).toBe(1);
    expect(auc([0.9, 0.1], [0, 1])).toBe(0);
  });

  it('counts pairs by hand', () => {
    // Positives scored 0.8 and 0.35, negatives 0.4 and 0.1. Of the 4 positive-negative pairs,
    // (0.8, 0.4), (0.8, 0.1), (0.35, 0.1) are ordered right and (0.35, 0.4) wrong: 3/4.
    expect(auc([0.8, 0.4, 0.35, 0.1], [1, 0, 1, 0])).toBe(0.75);
  });

  it('counts a tie between a positive and a negative as one half', () => {
    // Pairs: (0.5+, 0.5-) tie = 1/2, (0.5+, 0.2-) right = 1: (1/2 + 1) / 2 = 0.75.
    expect(auc([0.5, 0.5, 0.2], [1, 0, 0])).toBe(0.75);
    // All scores equal: every pair is a tie, AUC 0.5.
    expect(auc([3, 3, 3, 3], [1, 0, 1, 0])).toBe(0.5);
  });

  it('agrees with counting every positive-negative pair, ties included', () => {
    // 400 scores rounded to 1 decimal, so there are many ties; labels leaning on the score.
    const scores = new Float64Array(400);
    const labels = new Uint8Array(400);
    for (let i = 0; i < 400; i++) {
      scores[i] = Math.round(unit(i, 1) * 10) / 10;
      labels[i] = unit(i, 2) < 0.2 + 0.6 * scores[i]! ? 1 : 0;
    }
    let wins = 0;
    let pairs = 0;
    for (let i = 0; i < 400; i++) {
      if (labels[i] !== 1) continue;
      for (let j = 0; j < 400; j++) {
        if (labels[j] !== 0) continue;
        pairs++;
        wins += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
      }
    }
    expect(auc(scores, labels)).toBeCloseTo(wins / pairs, 12);
    expect(wins / pairs).toBeGreaterThan(0.6);
  });

  it('is NaN with only one class', () => {
    expect(auc([0.2, 0.9], [1, 1])).toBeNaN();
  });

  it('refuses non-binary labels and non-finite scores', () => {
    expect(() => auc([0.2, 0.9], [1, 0.5])).toThrow(
      'auc: labels must contain only 0 and 1, but [1] is 0.5',
    );
    expect(() => auc([Number.NaN, 0.9], [1, 0])).toThrow('scores must be finite, but [0] is NaN');
  });
});

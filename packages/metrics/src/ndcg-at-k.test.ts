import { describe, expect, it } from 'vitest';
import { ndcgAtK } from './ndcg-at-k';

describe('ndcgAtK', () => {
  it('divides the DCG of the top k by the best DCG the gains allow', () => {
    // Gains [3, 2, 0, 1] scored [0.1, 0.9, 0.5, 0.3]: by score the order is items 1, 2, 3, 0.
    // DCG@2 = 2 / log2(2) + 0 / log2(3) = 2. Ideal: gains 3 then 2 = 3 + 2 / log2(3)
    // = 3 + 1.261860 = 4.261860. nDCG@2 = 2 / 4.261860 = 0.469279.
    const result = ndcgAtK([0.1, 0.9, 0.5, 0.3], [3, 2, 0, 1], 4, 2);
    expect(result.mean).toBeCloseTo(2 / (3 + 2 / Math.log2(3)), 12);
    expect(result.mean).toBeCloseTo(0.469279, 6);
  });

  it('leaves out a user with no gain and breaks score ties by the lower index', () => {
    const scores = [0.5, 0.5, 0.2, 0.1, 0.4, 0.3, 0.2, 0.1];
    const gains = [1, 0, 0, 0, 0, 0, 0, 0];
    // User 0: items 0 and 1 tie at 0.5; item 0 comes first: DCG@2 = 1 = ideal, nDCG 1 (item 1
    // first would give 1 / log2(3) = 0.63). User 1: all gains 0, left out.
    const result = ndcgAtK(scores, gains, 4, 2);
    expect(Array.from(result.perUser)).toEqual([1, Number.NaN]);
    expect(result.mean).toBe(1);
    expect(result.usersCounted).toBe(1);
    expect(result.usersLeftOut).toBe(1);
  });

  it('keeps index order in ties at the top and at the cut, −0 tied with 0', () => {
    // Scores [0.2, 0.7, −0, 0.7, 0, 0.1]: order items 1, 3 (0.7, lower index first), 0, 5, then
    // 2 (−0) before 4 (0). Gains [0, 1, 3, 2, 4, 0]; k 5 ends inside the −0/0 tie, taking item 2.
    // DCG@5 = 1 + 2 / log2(3) + 0 + 0 + 3 / log2(6) = 1 + 1.2618595 + 1.1605584 = 3.4224179.
    // Ideal (gains 4, 3, 2, 1, 0): 4 + 3 / log2(3) + 2 / 2 + 1 / log2(5) = 7.3234658.
    // nDCG@5 = 0.4673222 (items 3 before 1, or 4 in place of 2, would give another figure).
    const result = ndcgAtK([0.2, 0.7, -0, 0.7, 0, 0.1], [0, 1, 3, 2, 4, 0], 6, 5);
    expect(result.mean).toBeCloseTo(0.4673222, 6);
  });

  it('uses the whole row when k is longer than it', () => {
    // Gains [0, 1] scored [1, 0]: DCG = 0 + 1 / log2(3); ideal = 1: nDCG@10 = 1 / log2(3).
    expect(ndcgAtK([1, 0], [0, 1], 2, 10).mean).toBeCloseTo(1 / Math.log2(3), 12);
  });

  it('refuses negative gains and names the argument', () => {
    expect(() => ndcgAtK([1, 0], [-1, 1], 2, 1)).toThrow(
      'ndcgAtK: gains must be finite and non-negative, but [0] is -1',
    );
    expect(() => ndcgAtK([1, 0], [1, 1], 2, 0)).toThrow('ndcgAtK: k must be a positive integer');
    expect(() => ndcgAtK([1, 0, 1], [1, 1, 1], 2, 1)).toThrow(
      'ndcgAtK: scores has length 3, not a multiple of rowLength = 2',
    );
  });
});

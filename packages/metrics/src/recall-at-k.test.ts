import { describe, expect, it } from 'vitest';
import { recallAtK } from './recall-at-k';

describe('recallAtK', () => {
  // One user, five items. Truth [5, 4, 3, 2, 1]: with relevant = 2 the relevant items are 0, 1.
  // Scores [0.1, 0.9, 0.8, 0.2, 0.3]: by score the order is items 1, 2, 4, 3, 0.
  const scores = [0.1, 0.9, 0.8, 0.2, 0.3];
  const truth = [5, 4, 3, 2, 1];

  it('counts the relevant items among the top k, over min(k, relevant)', () => {
    // k 1: top {1}, 1 hit / min(1, 2) = 1.
    expect(recallAtK(scores, truth, 5, 1, 2).mean).toBe(1);
    // k 2: top {1, 2}, 1 hit / 2 = 0.5.
    expect(recallAtK(scores, truth, 5, 2, 2).mean).toBe(0.5);
    // k 4: top {1, 2, 4, 3}, 1 hit / min(4, 2) = 0.5; k 5: every item, 2 / 2 = 1.
    expect(recallAtK(scores, truth, 5, 4, 2).mean).toBe(0.5);
    expect(recallAtK(scores, truth, 5, 5, 2).mean).toBe(1);
    // relevant 3 (items 0, 1, 2), k 2: top {1, 2}, 2 hits / 2 = 1.
    expect(recallAtK(scores, truth, 5, 2, 3).mean).toBe(1);
  });

  it('averages over users, breaking ties by the lower index', () => {
    // User 1: all scores tie, so the top 2 are items 0, 1; truth [0, 0, 0, 1, 2]: relevant
    // (2) are items 4, 3: 0 hits. Mean of 0.5 (user 0 at k 2) and 0 = 0.25.
    const result = recallAtK([...scores, 1, 1, 1, 1, 1], [...truth, 0, 0, 0, 1, 2], 5, 2, 2);
    expect(Array.from(result.perUser)).toEqual([0.5, 0]);
    expect(result.mean).toBe(0.25);
  });

  it('breaks ties at the relevant cut and at the score cut by the lower index, −0 tied with 0', () => {
    // Truth [2, 2, 1, 2], relevant 2: three items tie at 2, the lower two count (items 0, 1).
    // Scores [−0, 0.5, 0, 0.5]: order items 1, 3 (0.5), then 0 (−0) before 2 (0).
    const tied = [-0, 0.5, 0, 0.5];
    const graded = [2, 2, 1, 2];
    // k 2: top {1, 3}, 1 hit / 2 = 0.5 (item 3 relevant instead of 0 would give 1).
    expect(recallAtK(tied, graded, 4, 2, 2).mean).toBe(0.5);
    // k 3: top {1, 3, 0}, 2 hits / min(3, 2) = 1 (item 2 in place of item 0 would give 0.5).
    expect(recallAtK(tied, graded, 4, 3, 2).mean).toBe(1);
  });

  it('cuts k and relevant to the row and names a bad argument', () => {
    // k 10 and relevant 10 on a row of 5: every item in both sets, recall 1.
    expect(recallAtK(scores, truth, 5, 10, 10).mean).toBe(1);
    expect(() => recallAtK(scores, truth, 5, 0, 2)).toThrow(
      'recallAtK: k must be a positive integer',
    );
    expect(() => recallAtK(scores, truth, 5, 1, 1.5)).toThrow(
      'recallAtK: relevant must be a positive integer',
    );
    expect(() => recallAtK(scores, [1, 2], 5, 1, 1)).toThrow(/recallAtK: truth/);
  });
});

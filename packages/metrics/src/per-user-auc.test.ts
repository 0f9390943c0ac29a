import { describe, expect, it } from 'vitest';
import { perUserAuc } from './per-user-auc';
import { auc } from './ranking';

describe('perUserAuc', () => {
  it('averages each user’s own AUC, leaving out a user whose truth does not vary', () => {
    const scores = [0.9, 0.2, 0.1, 0.3, 0.5, 0.6, 0.7, 0.8, 0.1, 0.4, 0.2, 0.4];
    const truth = [3, 1, 2, 0, 5, 5, 5, 5, 0, 1, 0, 1];
    // User 0: truth median (1 + 2) / 2 = 1.5, relevant items 0 (truth 3) and 2 (truth 2),
    //   scored 0.9 and 0.1; irrelevant items scored 0.2 and 0.3. Pairs: 0.9 beats both,
    //   0.1 beats neither: 2/4 = 0.5.
    // User 1: every item has truth 5, nothing above the median: left out.
    // User 2: median 0.5, relevant items 1 and 3 both scored 0.4, irrelevant 0.1 and 0.2: 1.
    const result = perUserAuc(scores, truth, 4);
    expect(Array.from(result.perUser)).toEqual([0.5, Number.NaN, 1]);
    expect(result.mean).toBe(0.75);
    expect(result.usersCounted).toBe(2);
    expect(result.usersLeftOut).toBe(1);
  });

  it('takes only the items above the median of an odd row as relevant', () => {
    // Truth [1, 2, 3]: median 2, only the third item is relevant. Scored 0.5 against 0.6 and
    // 0.4: beats one of two, AUC 1/2.
    expect(perUserAuc([0.6, 0.4, 0.5], [1, 2, 3], 3).mean).toBe(0.5);
  });

  it('ignores what a pooled AUC rewards: telling users apart rather than ranking for them', () => {
    // User A likes both its items more than user B likes either; the scores put A above B
    // but reverse each user's own order.
    const scores = [1.1, 1.0, 0.1, 0.0];
    const truth = [10, 11, 0, 1];
    // Pooled against the global median 5.5: A's items are the positives, all scored above
    // B's: AUC 1. Within users: A's relevant item (truth 11) is scored 1.0 < 1.1, B's
    // (truth 1) 0.0 < 0.1: 0 for both.
    expect(auc(scores, [1, 1, 0, 0])).toBe(1);
    expect(perUserAuc(scores, truth, 2).mean).toBe(0);
  });

  it('is NaN with no user counted, and names the argument at fault', () => {
    const none = perUserAuc([1, 2], [3, 3], 2);
    expect(none.mean).toBeNaN();
    expect(none.usersLeftOut).toBe(1);
    expect(() => perUserAuc([1, 2, 3], [1, 2, 3], 2)).toThrow(
      'perUserAuc: scores has length 3, not a multiple of rowLength = 2',
    );
    expect(() => perUserAuc([1, 2], [1], 2)).toThrow('perUserAuc: truth has length 1');
    expect(() => perUserAuc([1, 2], [1, Number.NaN], 2)).toThrow(
      'perUserAuc: truth must be finite, but [1] is NaN',
    );
    expect(() => perUserAuc([1, 2], [1, 2], 0)).toThrow('perUserAuc: rowLength must be');
  });
});

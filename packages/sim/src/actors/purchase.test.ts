import { describe, expect, it } from 'vitest';
import { purchasedAfterClick, purchaseProbability } from './purchase';

describe('purchaseProbability', () => {
  it('is σ(logit(rate) + relevance · rel + ln(markerOdds) · marked), worked by hand', () => {
    // rel 0, unmarked: σ(logit 0.02) = 0.02.
    expect(purchaseProbability(0.02, 0.5, 3, 0, 0)).toBeCloseTo(0.02, 12);
    // Marked: odds 0.02/0.98 · 3 = 0.0612245; p = 0.0612245 / 1.0612245 = 0.0576923.
    expect(purchaseProbability(0.02, 0.5, 3, 0, 1)).toBeCloseTo(0.0576923, 6);
    // rel 1, unmarked: odds 0.0204082 · e^0.5 (1.6487213) = 0.0336474; p = 0.0325521.
    expect(purchaseProbability(0.02, 0.5, 3, 1, 0)).toBeCloseTo(0.0325521, 6);
    // rate 0: off, whatever else.
    expect(purchaseProbability(0, 0.5, 3, 1, 1)).toBe(0);
  });
});

describe('purchasedAfterClick', () => {
  it('never buys without a click, nor anything when off', () => {
    expect(purchasedAfterClick(0.5, 0.3, 1)).toBe(false); // uClick ≥ pClick: no click
    expect(purchasedAfterClick(0.01, 0.3, 0)).toBe(false);
  });

  it('rescales the click draw below pClick to [0, 1)', () => {
    // pClick 0.4: uClick 0.01 → 0.025; uClick 0.2 → 0.5.
    expect(purchasedAfterClick(0.01, 0.4, 0.05)).toBe(true);
    expect(purchasedAfterClick(0.2, 0.4, 0.05)).toBe(false);
    expect(purchasedAfterClick(0.2, 0.4, 0.6)).toBe(true);
  });

  it('buys after a share pPurchase of clicks when uClick is uniform', () => {
    // Of the 30% of draws below pClick = 0.3, a share 0.1 is a purchase: 3% of all draws.
    let bought = 0;
    const n = 100_000;
    for (let k = 0; k < n; k++) if (purchasedAfterClick((k + 0.5) / n, 0.3, 0.1)) bought++;
    expect(bought / n).toBeCloseTo(0.03, 4);
  });
});

import { describe, expect, it } from 'vitest';
import { dismissalProbability, dismissedWithoutClick } from './dismissal';

describe('dismissalProbability', () => {
  it('is rate · σ(−relevance · rel), worked by hand', () => {
    // σ(0) = 0.5: an item of relevance 0 is dismissed half the time rate allows.
    expect(dismissalProbability(0.4, 2.5, 0)).toBeCloseTo(0.2, 12);
    // rel 1, weight 2.5: σ(−2.5) = 1 / (1 + e^2.5) = 0.0758582; × 0.4 = 0.0303433.
    expect(dismissalProbability(0.4, 2.5, 1)).toBeCloseTo(0.0303433, 6);
    // rel −1: σ(2.5) = 0.9241418; × 0.4 = 0.3696567.
    expect(dismissalProbability(0.4, 2.5, -1)).toBeCloseTo(0.3696567, 6);
    expect(dismissalProbability(0, 2.5, -1)).toBe(0);
  });
});

describe('dismissedWithoutClick', () => {
  it('never dismisses a click, nor anything when off', () => {
    expect(dismissedWithoutClick(0.1, 0.3, 1)).toBe(false); // uClick < pClick: a click
    expect(dismissedWithoutClick(0.9, 0.3, 0)).toBe(false);
  });

  it('rescales the click draw above pClick to [0, 1)', () => {
    // pClick 0.6: uClick 0.7 → (0.7 − 0.6) / 0.4 = 0.25; uClick 0.9 → 0.75.
    expect(dismissedWithoutClick(0.7, 0.6, 0.3)).toBe(true);
    expect(dismissedWithoutClick(0.9, 0.6, 0.3)).toBe(false);
    expect(dismissedWithoutClick(0.9, 0.6, 0.8)).toBe(true);
  });

  it('dismisses a share pDismiss of non-clicks when uClick is uniform', () => {
    // uClick on a fine grid over [0, 1): of the 70% above pClick = 0.3, a share 0.2 is
    // dismissed, so 0.7 · 0.2 = 14% of all draws.
    let dismissed = 0;
    const n = 100_000;
    for (let k = 0; k < n; k++) if (dismissedWithoutClick((k + 0.5) / n, 0.3, 0.2)) dismissed++;
    expect(dismissed / n).toBeCloseTo(0.14, 4);
  });
});

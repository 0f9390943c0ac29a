import { describe, expect, it } from 'vitest';
import { purchaseRate } from './purchase-rate';

describe('purchaseRate', () => {
  it('is purchases over impressions', () => {
    // 2 purchases in 8 impressions: 0.25.
    expect(purchaseRate({ length: 8, purchased: Uint8Array.from([0, 1, 0, 0, 0, 0, 1, 0]) })).toBe(
      0.25,
    );
    // A log without purchases logged counts none; an empty log has no rate.
    expect(purchaseRate({ length: 3 })).toBe(0);
    expect(purchaseRate({ length: 0 })).toBeNaN();
  });
});

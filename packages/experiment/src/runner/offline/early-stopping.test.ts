import { describe, expect, it } from 'vitest';
import { EarlyStopping } from './early-stopping';

describe('EarlyStopping', () => {
  it('keeps the lowest loss and stops after `patience` epochs without a better one', () => {
    const stopping = new EarlyStopping(2);
    // Losses 0.9, 0.7, 0.8, 0.7 (a tie is not better), so epoch 1 stays best and epoch 3 is
    // the second epoch in a row without improvement: stop.
    expect(stopping.observe(0, 0.9)).toBe('best');
    expect(stopping.observe(1, 0.7)).toBe('best');
    expect(stopping.observe(2, 0.8)).toBe('wait');
    expect(stopping.observe(3, 0.7)).toBe('stop');
    expect(stopping.bestEpoch).toBe(1);
    expect(stopping.bestLoss).toBe(0.7);
  });

  it('restarts its count on a new best and never takes NaN as one', () => {
    const stopping = new EarlyStopping(2);
    expect(stopping.observe(0, Number.NaN)).toBe('wait');
    expect(stopping.bestEpoch).toBe(-1);
    expect(stopping.observe(1, 0.5)).toBe('best');
    expect(stopping.observe(2, 0.6)).toBe('wait');
    expect(stopping.observe(3, 0.4)).toBe('best');
    expect(stopping.observe(4, Number.NaN)).toBe('wait');
    expect(stopping.observe(5, 0.41)).toBe('stop');
    expect(stopping.bestEpoch).toBe(3);
  });

  it('rejects a patience that is not a positive integer', () => {
    expect(() => new EarlyStopping(0)).toThrow('patience must be an integer >= 1, got 0');
    expect(() => new EarlyStopping(1.5)).toThrow('got 1.5');
  });
});

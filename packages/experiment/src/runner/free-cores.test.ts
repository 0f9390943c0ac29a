import { describe, expect, it } from 'vitest';
import { freeCores } from './free-cores';

describe('freeCores', () => {
  it('is the cores minus the load average, rounded, between 1 and the cores', () => {
    // Idle 2-core machine: both cores; load 0.6: round(1.4) = 1; load 8: still 1.
    expect(freeCores(2, 0)).toBe(2);
    expect(freeCores(2, 0.4)).toBe(2);
    expect(freeCores(2, 0.6)).toBe(1);
    expect(freeCores(2, 8)).toBe(1);
    // 16 cores at load 5.2: round(10.8) = 11.
    expect(freeCores(16, 5.2)).toBe(11);
    // No load figure (an OS without one reports 0; NaN guarded): every core.
    expect(freeCores(4, Number.NaN)).toBe(4);
  });
});

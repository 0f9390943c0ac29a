import { describe, expect, it } from 'vitest';
import { formatInterval, formatSeeds, formatSigned, intervalSide } from './paired';

const effect = { mean: 0.125, lower: -0.031, upper: 0.2814, n: 10, agreeing: 9 };

describe('paired effect formatting', () => {
  it('signs every figure and gives the interval and the seeds that agree', () => {
    expect(formatSigned(0.125)).toBe('+0.125');
    expect(formatSigned(-0.031)).toBe('−0.031');
    expect(formatSigned(0)).toBe('0');
    expect(formatSigned(null)).toBe('–');
    expect(formatInterval(effect)).toBe('[−0.031, +0.281]');
    expect(formatSeeds(effect)).toBe('9/10');
  });

  it('has no interval below two seeds or without bounds', () => {
    expect(formatInterval({ ...effect, n: 1 })).toBe('');
    expect(formatInterval({ ...effect, lower: null })).toBe('');
  });

  it('says on which side of 0 the interval lies, or that it spans 0', () => {
    expect(intervalSide(effect)).toBeNull();
    expect(intervalSide({ ...effect, lower: 0.01 })).toBe('above');
    expect(intervalSide({ ...effect, upper: -0.01, lower: -0.5 })).toBe('below');
    expect(intervalSide({ ...effect, n: 1, lower: 0.1 })).toBeNull();
  });
});

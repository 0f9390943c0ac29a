import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber, formatPercent, formatRelativeTime } from './format';

describe('formatNumber', () => {
  it('rounds to three significant digits', () => {
    expect(formatNumber(0.123456)).toBe('0.123');
    expect(formatNumber(12.3456)).toBe('12.3');
    expect(formatNumber(-1.23456)).toBe('-1.23');
  });

  it('keeps integers and writes tiny or huge numbers in exponent form', () => {
    expect(formatNumber(4200)).toBe('4200');
    expect(formatNumber(0.00001234)).toBe('1.23e-5');
    expect(formatNumber(12_345_678)).toBe('1.23e+7');
  });

  it('shows a dash for missing values', () => {
    expect(formatNumber(undefined)).toBe('–');
    expect(formatNumber(Number.NaN)).toBe('–');
  });
});

describe('formatPercent', () => {
  it('clamps and rounds', () => {
    expect(formatPercent(0.456)).toBe('46%');
    expect(formatPercent(1.2)).toBe('100%');
  });
});

describe('formatRelativeTime', () => {
  it('says how long ago in the largest whole unit', () => {
    const now = Date.UTC(2026, 0, 10, 12, 0, 0);
    expect(formatRelativeTime(now - 3 * 60_000, now)).toBe('3 minutes ago');
    expect(formatRelativeTime(now - 2 * 3_600_000, now)).toBe('2 hours ago');
    expect(formatRelativeTime(now - 20 * 86_400_000, now)).toBe('2025-12-21');
  });
});

describe('formatDuration', () => {
  it('uses seconds, then minutes, then hours', () => {
    expect(formatDuration(42_000)).toBe('42s');
    expect(formatDuration(125_000)).toBe('2m 5s');
    expect(formatDuration(3_900_000)).toBe('1h 5m');
  });
});

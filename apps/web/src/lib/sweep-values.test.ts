import { describe, expect, it } from 'vitest';
import { formatSweepValues, parseSweepValues } from './sweep-values';

describe('parseSweepValues', () => {
  it('reads numbers, booleans and strings from a comma list', () => {
    expect(parseSweepValues(' 0.1, 2,, 1e3 ')).toEqual([0.1, 2, 1000]);
    expect(parseSweepValues('true,false')).toEqual([true, false]);
    expect(parseSweepValues('linear, mlp')).toEqual(['linear', 'mlp']);
    expect(parseSweepValues('')).toEqual([]);
  });

  it('round-trips through formatSweepValues', () => {
    const values = [0.5, 'mlp', true];
    expect(parseSweepValues(formatSweepValues(values))).toEqual(values);
  });
});

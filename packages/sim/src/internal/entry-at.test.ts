import { describe, expect, it } from 'vitest';
import { checkedRow, entryAt } from './entry-at';

describe('entryAt', () => {
  it('reads an entry in range, zero included', () => {
    const values = Float32Array.of(0, 2.5, -1);
    expect(entryAt(values, 0, 'user')).toBe(0);
    expect(entryAt(values, 2, 'user')).toBe(-1);
  });

  it('throws naming what was looked up for an index outside the array', () => {
    const values = Float32Array.of(1, 2);
    expect(() => entryAt(values, 2, 'user')).toThrow('user 2 is out of range (2 entries)');
    expect(() => entryAt(values, -1, 'item')).toThrow('item -1 is out of range (2 entries)');
    expect(() => entryAt(values, 0.5, 'item')).toThrow(RangeError);
  });
});

describe('checkedRow', () => {
  it('returns a row of the table', () => {
    expect(checkedRow(0, 3, 'creator')).toBe(0);
    expect(checkedRow(2, 3, 'creator')).toBe(2);
  });

  it('throws for a row past the end, negative, fractional or NaN', () => {
    expect(() => checkedRow(3, 3, 'creator')).toThrow('creator 3 is out of range (3 rows)');
    expect(() => checkedRow(-1, 3, 'creator')).toThrow(RangeError);
    expect(() => checkedRow(1.5, 3, 'creator')).toThrow(RangeError);
    expect(() => checkedRow(Number.NaN, 3, 'creator')).toThrow(RangeError);
  });
});

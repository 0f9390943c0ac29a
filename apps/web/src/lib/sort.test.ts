import { describe, expect, it } from 'vitest';
import { sortRows } from './sort';

describe('sortRows', () => {
  const rows = [
    { name: 'b10', score: 2 },
    { name: 'b2', score: undefined },
    { name: 'a', score: 5 },
    { name: 'c', score: 2 },
  ];

  it('sorts numbers either way, keeping ties in their original order and missing last', () => {
    expect(sortRows(rows, (r) => r.score, 'desc').map((r) => r.name)).toEqual([
      'a',
      'b10',
      'c',
      'b2',
    ]);
    expect(sortRows(rows, (r) => r.score, 'asc').map((r) => r.name)).toEqual([
      'b10',
      'c',
      'a',
      'b2',
    ]);
  });

  it('sorts strings in natural order', () => {
    expect(sortRows(rows, (r) => r.name, 'asc').map((r) => r.name)).toEqual([
      'a',
      'b2',
      'b10',
      'c',
    ]);
  });
});

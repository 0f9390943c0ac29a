import { describe, expect, it } from 'vitest';
import { diffParams, flattenParams } from './param-diff';

describe('flattenParams', () => {
  it('turns nested objects into dotted paths', () => {
    expect(flattenParams({ world: { users: 100, drift: true }, rounds: 5 })).toEqual({
      'world.users': 100,
      'world.drift': true,
      rounds: 5,
    });
  });

  it('keeps scalar arrays whole and keys object arrays by name', () => {
    expect(
      flattenParams({ ks: [1, 2], arms: [{ name: 'bce', loss: 'bce' }, { loss: 'brier' }] }),
    ).toEqual({
      ks: '[1, 2]',
      'arms.bce.name': 'bce',
      'arms.bce.loss': 'bce',
      'arms.1.loss': 'brier',
    });
  });
});

describe('diffParams', () => {
  it('shows only the paths that differ, with a hole where a side lacks the path', () => {
    const a = { seeds: 3, rounds: 5, 'world.users': 100 };
    const b = { seeds: 3, rounds: 8, 'world.users': 100, 'model.hidden': 16 };
    expect(diffParams([a, b])).toEqual([
      { path: 'model.hidden', values: [undefined, 16] },
      { path: 'rounds', values: [5, 8] },
    ]);
  });

  it('finds nothing to show between identical columns', () => {
    expect(diffParams([{ a: 1 }, { a: 1 }, { a: 1 }])).toEqual([]);
  });

  it('treats a value that differs in only one of three columns as a difference', () => {
    expect(diffParams([{ a: 1 }, { a: 1 }, { a: 2 }])).toEqual([{ path: 'a', values: [1, 1, 2] }]);
  });
});

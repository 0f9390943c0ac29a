import { describe, expect, it } from 'vitest';
import { getAt, setAt } from './spec-path';

describe('getAt', () => {
  it('walks objects and arrays', () => {
    const doc = { world: { numUsers: 50 }, arms: [{ name: 'bce' }] };
    expect(getAt(doc, 'world.numUsers')).toBe(50);
    expect(getAt(doc, 'arms.0.name')).toBe('bce');
    expect(getAt(doc, 'world.missing.deeper')).toBeUndefined();
  });
});

describe('setAt', () => {
  it('sets without touching the original and creates missing objects', () => {
    const doc = { world: { numUsers: 50 }, rounds: 5 };
    const next = setAt(doc, 'seeds.count', 2);
    expect(next).toEqual({ world: { numUsers: 50 }, rounds: 5, seeds: { count: 2 } });
    expect(doc).toEqual({ world: { numUsers: 50 }, rounds: 5 });
    expect((next as typeof doc).world).toBe(doc.world);
  });

  it('replaces an element of an array', () => {
    expect(setAt({ arms: [{ name: 'a' }, { name: 'b' }] }, 'arms.1.name', 'c')).toEqual({
      arms: [{ name: 'a' }, { name: 'c' }],
    });
  });

  it('removes a field set to undefined', () => {
    expect(setAt({ world: { numUsers: 50, numItems: 9 } }, 'world.numUsers', undefined)).toEqual({
      world: { numItems: 9 },
    });
  });
});

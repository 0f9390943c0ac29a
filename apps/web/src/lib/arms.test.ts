import { describe, expect, it } from 'vitest';
import { armsOf, chooseArms, mergeArmPool } from './arms';

const a = { name: 'a', model: { kind: 'mf' } };
const b = { name: 'b', model: { kind: 'mf' } };

describe('arms', () => {
  it('reads arms, ignoring entries without a name', () => {
    expect(armsOf({ arms: [a, { model: {} }, 3] })).toEqual([a]);
    expect(armsOf({ arms: 'x' })).toEqual([]);
  });

  it('merges new and edited arms into the pool by name', () => {
    const edited = { name: 'a', model: { kind: 'two-tower' } };
    expect(mergeArmPool([a], { arms: [edited, b] })).toEqual([edited, b]);
  });

  it('keeps pool order when choosing', () => {
    expect(chooseArms([a, b], new Set(['b', 'a']))).toEqual([a, b]);
  });
});

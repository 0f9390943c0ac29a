import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { WorldConfigError } from '../config/world-config-error';
import { AttributeEnv } from './attribute-env';
import { createAttributeWorld, resolveAttributeWorldConfig } from './attribute-world';
import { chooseBestShown } from './choose-best-shown';

describe('createAttributeWorld', () => {
  it('is the same world for the same seed, and another for another seed', () => {
    const a = createAttributeWorld({ numUsers: 30, numItems: 50 }, createRng(7));
    const b = createAttributeWorld({ numUsers: 30, numItems: 50 }, createRng(7));
    const c = createAttributeWorld({ numUsers: 30, numItems: 50 }, createRng(8));
    expect(b.itemAttributes).toEqual(a.itemAttributes);
    expect(b.userProfiles).toEqual(a.userProfiles);
    expect(c.itemAttributes).not.toEqual(a.itemAttributes);
  });

  it('draws items and users from separate streams', () => {
    const small = createAttributeWorld({ numUsers: 5, numItems: 50 }, createRng(3));
    const large = createAttributeWorld({ numUsers: 500, numItems: 50 }, createRng(3));
    expect(large.itemAttributes).toEqual(small.itemAttributes);
    expect(large.userProfiles.subarray(0, small.userProfiles.length)).toEqual(small.userProfiles);
  });

  it('has 0/1 attributes with the asked share of ones and standard normal profiles', () => {
    const world = createAttributeWorld(
      { numUsers: 2000, numItems: 2000, attributeProbability: 0.3 },
      createRng(1),
    );
    const ones = world.itemAttributes.reduce((s, v) => s + v, 0);
    expect(world.itemAttributes.every((v) => v === 0 || v === 1)).toBe(true);
    // 40,000 Bernoulli(0.3) draws: standard error 0.0023.
    expect(ones / world.itemAttributes.length).toBeCloseTo(0.3, 1);
    const p = world.userProfiles;
    const mean = p.reduce((s, v) => s + v, 0) / p.length;
    const variance = p.reduce((s, v) => s + (v - mean) ** 2, 0) / p.length;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(variance).toBeGreaterThan(0.97);
    expect(variance).toBeLessThan(1.03);
  });

  it('fills T-RECS defaults and names a bad field', () => {
    expect(resolveAttributeWorldConfig({ numUsers: 1, numItems: 10 })).toEqual({
      numUsers: 1,
      numItems: 10,
      numAttributes: 20,
      attributeProbability: 0.5,
      slateSize: 10,
    });
    expect(() => resolveAttributeWorldConfig({ numUsers: 1, numItems: 5 })).toThrow(
      /slateSize: must be at most numItems/,
    );
    expect(() => resolveAttributeWorldConfig({ numUsers: 0, numItems: 50 })).toThrow(
      WorldConfigError,
    );
    expect(() =>
      resolveAttributeWorldConfig({ numUsers: 1, numItems: 50, colour: 1 } as never),
    ).toThrow(/colour: unknown field/);
  });
});

describe('chooseBestShown', () => {
  // Two users, three items, two attributes, worked by hand:
  // user 0 = (1, -2): item scores 1, -2, -1; user 1 = (-1, 0.5): -1, 0.5, -0.5.
  const world = {
    config: {
      numUsers: 2,
      numItems: 3,
      numAttributes: 2,
      attributeProbability: 0.5,
      slateSize: 2,
    },
    itemAttributes: Float32Array.from([1, 0, 0, 1, 1, 1]),
    userProfiles: Float32Array.from([1, -2, -1, 0.5]),
  };

  it('picks the shown item with the highest true score', () => {
    const chosen = chooseBestShown(world, Int32Array.from([1, 0, 2, 0]));
    expect([...chosen]).toEqual([0, 2]);
  });

  it('keeps the earlier position on a tie, including a repeated item', () => {
    expect([...chooseBestShown(world, Int32Array.from([2, 2, 1, 1]))]).toEqual([2, 1]);
    const tie = { ...world, userProfiles: Float32Array.from([1, 0, 1, 0]) };
    // For user 0 items 0 and 2 both score 1: position 0 wins whichever it is.
    expect([...chooseBestShown(tie, Int32Array.from([2, 0, 0, 2]))]).toEqual([2, 0]);
  });

  it('rejects slates of the wrong size or with unknown items', () => {
    expect(() => chooseBestShown(world, Int32Array.from([0, 1, 2]))).toThrow(
      /numUsers \* slateSize = 4, got 3/,
    );
    expect(() => chooseBestShown(world, Int32Array.from([0, 1, 3, 0]))).toThrow(
      /slates\[2\] = 3 is not an item id in \[0, 3\)/,
    );
  });
});

describe('AttributeEnv', () => {
  it('replays the same choices after reset and counts steps', () => {
    const env = new AttributeEnv({ numUsers: 20, numItems: 40, slateSize: 4 }, 5);
    const o = env.reset();
    expect(o.step).toBe(0);
    expect(o.itemAttributes).toEqual(env.world.itemAttributes);
    const slates = Int32Array.from({ length: 80 }, (_, x) => (x * 7) % 40);
    const first = env.step(slates);
    const second = env.step(slates);
    expect(first.step).toBe(0);
    expect(second.step).toBe(1);
    expect(second.chosen).toEqual(first.chosen);
    env.reset();
    expect(env.step(slates).chosen).toEqual(first.chosen);
    expect(env.observation.step).toBe(1);
  });
});

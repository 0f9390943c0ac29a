import { describe, expect, it } from 'vitest';
import { assertWithinLimits, estimateRunCost } from './limits';
import { parseSpec } from './parse-spec';
import { SpecError } from './spec-error';
import { smallSpec } from './test-specs';

describe('assertWithinLimits', () => {
  it('lets a small spec through and counts its work', () => {
    const spec = parseSpec(smallSpec());
    expect(() => assertWithinLimits(spec)).not.toThrow();
    // 2 arms x 2 seeds runs, 3 rounds of 40 users x 30 items each
    expect(estimateRunCost(spec)).toEqual({
      runs: 4,
      scoredPairs: 4 * 3 * 40 * 30,
      examplePasses: 0,
    });
  });

  it('refuses too many runs, naming the sweep', () => {
    const spec = parseSpec(
      smallSpec({
        seeds: { count: 100, base: 1 },
        sweep: { axes: [{ path: 'training.epochs', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }] },
      }),
    );
    try {
      assertWithinLimits(spec);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SpecError);
      expect((error as SpecError).issues[0]?.path).toBe('sweep');
      expect((error as SpecError).issues[0]?.message).toMatch(/2200 runs; at most 2000/);
    }
  });

  it('refuses too much work, naming the world', () => {
    // 4 runs x 100 rounds x 100,000 users x 50,000 items = 2e12 scores
    const spec = parseSpec(
      smallSpec({ world: { numUsers: 100_000, numItems: 50_000 }, rounds: 100 }),
    );
    expect(() => assertWithinLimits(spec)).toThrow(/world: about 2\.0e\+12 user-item scores/);
  });
});

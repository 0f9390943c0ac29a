import { describe, expect, it } from 'vitest';
import { experimentIdSchema, reliabilityOf } from './run-details';

describe('reliabilityOf', () => {
  it("reads metrics' bins (fractionPositive) and the runner's older name (observedRate)", () => {
    const details = {
      reliability: [
        { lower: 0, upper: 0.5, count: 3, meanPredicted: 0.2, fractionPositive: 0.1 },
        { lower: 0.5, upper: 1, count: 2, meanPredicted: 0.8, observedRate: 0.9 },
      ],
      supply: [],
    };
    expect(reliabilityOf(details)).toEqual([
      { lower: 0, upper: 0.5, count: 3, meanPredicted: 0.2, observed: 0.1 },
      { lower: 0.5, upper: 1, count: 2, meanPredicted: 0.8, observed: 0.9 },
    ]);
  });

  it('finds nothing in missing or malformed details, and drops bins with no observed rate', () => {
    expect(reliabilityOf(null)).toEqual([]);
    expect(reliabilityOf({ reliability: 'nope' })).toEqual([]);
    expect(
      reliabilityOf({ reliability: [{ lower: 0, upper: 1, count: 1, meanPredicted: 0.5 }] }),
    ).toEqual([]);
  });
});

describe('experimentIdSchema', () => {
  it('accepts 16 lower-case hex digits only', () => {
    expect(experimentIdSchema.safeParse('0123456789abcdef').success).toBe(true);
    expect(experimentIdSchema.safeParse('0123456789ABCDEF').success).toBe(false);
    expect(experimentIdSchema.safeParse('../etc').success).toBe(false);
  });
});

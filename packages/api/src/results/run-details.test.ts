import { describe, expect, it } from 'vitest';
import { parseRunDetails } from './run-details';

describe('parseRunDetails', () => {
  it('keeps the bins and supply points in the stored shape, without extra fields', () => {
    const parsed = parseRunDetails({
      reliability: [
        { lower: 0, upper: 0.5, meanPredicted: 0.2, fractionPositive: 0.1, count: 3, extra: 1 },
      ],
      supply: [{ round: 0, meanQuality: 0.5, clickbaitShare: null }],
    });
    expect(parsed).toEqual({
      reliability: [{ lower: 0, upper: 0.5, meanPredicted: 0.2, fractionPositive: 0.1, count: 3 }],
      supply: [{ round: 0, meanQuality: 0.5, clickbaitShare: null }],
    });
  });

  it('drops entries not in the known shape, and reads missing or malformed details as empty', () => {
    const parsed = parseRunDetails({
      reliability: [
        { lower: 0, upper: 1, meanPredicted: 0.5, count: 1 }, // no fractionPositive
        { lower: 0, upper: 1, meanPredicted: null, fractionPositive: 0.5, count: 1 }, // NaN
        { lower: 0, upper: 1, meanPredicted: 0.5, fractionPositive: 0.5, count: 2 },
      ],
      supply: 'nope',
    });
    expect(parsed.reliability).toEqual([
      { lower: 0, upper: 1, meanPredicted: 0.5, fractionPositive: 0.5, count: 2 },
    ]);
    expect(parsed.supply).toEqual([]);
    expect(parseRunDetails(null)).toEqual({ reliability: [], supply: [] });
    expect(parseRunDetails('text')).toEqual({ reliability: [], supply: [] });
  });
});

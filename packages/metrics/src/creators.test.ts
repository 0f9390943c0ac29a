import { describe, expect, it } from 'vitest';
import { clickbaitShare, creatorConcentration, meanQuality } from './creators';

// Three items: clickbait levels 0.1, 0.9, 0.5; quality 0.8, 0.2, 0.5; shown 1, 7, 2 times.
const clickbait = [0.1, 0.9, 0.5];
const quality = [0.8, 0.2, 0.5];
const exposure = [1, 7, 2];

describe('clickbaitShare', () => {
  it('reads levels as fractions of effort, over supply or over exposure', () => {
    // Supply: (0.1 + 0.9 + 0.5) / 3 = 0.5. Exposure: (0.1 + 6.3 + 1.0) / 10 = 0.74.
    expect(clickbaitShare(clickbait)).toBeCloseTo(0.5, 12);
    expect(clickbaitShare(clickbait, { weights: exposure })).toBeCloseTo(0.74, 12);
  });

  it('counts items at or above a threshold as clickbait', () => {
    // Threshold 0.5: items 2 and 3 count. Supply 2/3; exposure (7 + 2) / 10 = 0.9.
    expect(clickbaitShare(clickbait, { threshold: 0.5 })).toBeCloseTo(2 / 3, 12);
    expect(clickbaitShare(clickbait, { threshold: 0.5, weights: exposure })).toBeCloseTo(0.9, 12);
    // With a threshold, levels need not be fractions.
    expect(clickbaitShare([3, 12], { threshold: 10 })).toBe(0.5);
  });

  it('refuses levels outside [0, 1] without a threshold, and misaligned weights', () => {
    expect(() => clickbaitShare([3, 12])).toThrow(
      'clickbaitShare: clickbait must be probabilities in [0, 1], but [0] is 3',
    );
    expect(() => clickbaitShare(clickbait, { weights: [1, 2] })).toThrow(
      'weights has length 2 but clickbait has length 3',
    );
    expect(clickbaitShare(clickbait, { weights: [0, 0, 0] })).toBeNaN();
  });
});

describe('meanQuality', () => {
  it('averages quality over supply or over exposure', () => {
    // Supply 1.5/3 = 0.5. Exposure (0.8 + 1.4 + 1.0)/10 = 0.32: the shown items are worse.
    expect(meanQuality(quality)).toBeCloseTo(0.5, 12);
    expect(meanQuality(quality, exposure)).toBeCloseTo(0.32, 12);
  });
});

describe('creatorConcentration', () => {
  it('reports Gini and HHI of exposure across creators', () => {
    // Exposure 1, 7, 2 (total 10): sorted 1, 2, 7 -> Gini (-2*1 + 0*2 + 2*7)/(3*10) = 12/30 = 0.4.
    // HHI 0.01 + 0.49 + 0.04 = 0.54.
    const result = creatorConcentration(exposure);
    expect(result.gini).toBeCloseTo(0.4, 12);
    expect(result.hhi).toBeCloseTo(0.54, 12);
  });

  it('names its own argument in errors', () => {
    expect(() => creatorConcentration([])).toThrow(
      'creatorConcentration: exposureByCreator must not be empty',
    );
  });
});

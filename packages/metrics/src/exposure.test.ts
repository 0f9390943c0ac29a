import { describe, expect, it } from 'vitest';
import {
  exposureCounts,
  exposureEntropy,
  exposureGini,
  groupExposure,
  herfindahlIndex,
  normalizedExposureEntropy,
} from './exposure';

describe('exposureCounts and groupExposure', () => {
  it('count impressions per item and sum items into creators', () => {
    // Impressions of items 2, 0, 2, 2 in a catalogue of 4: counts 1, 0, 3, 0.
    const counts = exposureCounts(new Int32Array([2, 0, 2, 2]), 4);
    expect(Array.from(counts)).toEqual([1, 0, 3, 0]);
    // Items 0 and 2 belong to creator 1, items 1 and 3 to creator 0: creator 0 gets 0,
    // creator 1 gets 4.
    expect(Array.from(groupExposure(counts, [1, 0, 1, 0], 2))).toEqual([0, 4]);
  });

  it('refuses ids outside the range', () => {
    expect(() => exposureCounts([4], 4)).toThrow(
      'ids must contain integer ids in [0, numRecipients = 4)',
    );
    expect(() => groupExposure([1, 1], [0], 2)).toThrow(
      'groupOf has length 1 but exposure has length 2',
    );
  });
});

describe('exposureGini', () => {
  it('is 0 for equal exposure and (n-1)/n when one recipient gets everything', () => {
    expect(exposureGini([5, 5, 5, 5])).toBe(0);
    // Sorted 0, 0, 0, 8: only i = 4 counts, (2*4 - 4 - 1) * 8 / (4 * 8) = 3/4.
    expect(exposureGini([0, 8, 0, 0])).toBe(0.75);
  });

  it('matches a hand computation on an uneven split', () => {
    // Sorted 1, 2, 3 (total 6, n 3): weights -2, 0, 2 give (-2 + 0 + 6) / (3 * 6) = 4/18 = 2/9.
    // Check against the mean-absolute-difference definition: pairs |1-2|,|1-3|,|2-3| = 1,2,1;
    // sum over ordered pairs 8, divided by 2 n^2 mean = 2 * 9 * 2 = 36: 8/36 = 2/9 as well.
    expect(exposureGini([3, 1, 2])).toBeCloseTo(2 / 9, 12);
  });

  it('is 0 when there is no exposure, and refuses negative or empty input', () => {
    expect(exposureGini([0, 0])).toBe(0);
    expect(() => exposureGini([])).toThrow('exposureGini: exposure must not be empty');
    expect(() => exposureGini([1, -1])).toThrow('[1] is -1');
  });
});

describe('entropy and HHI', () => {
  it('are ln n and 1/n for even exposure', () => {
    const even = [2, 2, 2, 2];
    expect(exposureEntropy(even)).toBeCloseTo(Math.log(4), 12);
    expect(normalizedExposureEntropy(even)).toBeCloseTo(1, 12);
    expect(herfindahlIndex(even)).toBe(0.25);
  });

  it('are 0 and 1 when one recipient has everything', () => {
    expect(exposureEntropy([0, 7, 0])).toBe(0);
    expect(normalizedExposureEntropy([0, 7, 0])).toBe(0);
    expect(herfindahlIndex([0, 7, 0])).toBe(1);
  });

  it('match a hand computation on shares 1/2, 1/4, 1/4', () => {
    // H = -(1/2 ln 1/2 + 2 * 1/4 ln 1/4) = 1.5 ln 2; HHI = 1/4 + 1/16 + 1/16 = 3/8.
    expect(exposureEntropy([2, 1, 1])).toBeCloseTo(1.5 * Math.LN2, 12);
    expect(normalizedExposureEntropy([2, 1, 1])).toBeCloseTo((1.5 * Math.LN2) / Math.log(3), 12);
    expect(herfindahlIndex([2, 1, 1])).toBe(0.375);
  });

  it('needs two recipients for a normalised entropy', () => {
    expect(() => normalizedExposureEntropy([3])).toThrow('needs at least 2 recipients, got 1');
  });
});

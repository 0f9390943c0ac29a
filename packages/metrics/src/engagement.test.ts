import { describe, expect, it } from 'vitest';
import {
  clickThroughRate,
  clickThroughRateByPosition,
  meanOverShown,
  meanWatchTime,
  totalClicks,
  totalWatchTime,
} from './engagement';

describe('clicks', () => {
  it('counts clicks per impression', () => {
    // 2 clicks in 5 impressions: CTR 0.4.
    const clicked = new Uint8Array([1, 0, 0, 1, 0]);
    expect(totalClicks(clicked)).toBe(2);
    expect(clickThroughRate(clicked)).toBe(0.4);
  });

  it('refuses flags other than 0 and 1', () => {
    expect(() => clickThroughRate([1, 2])).toThrow(
      'clickThroughRate: clicked must contain only 0 and 1, but [1] is 2',
    );
    expect(() => clickThroughRate([])).toThrow('clicked must not be empty');
  });

  it('splits CTR by slate position', () => {
    // Two slates of three. Position 0 clicked twice out of 2, position 1 once out of 2,
    // position 2 never: 1, 0.5, 0. A fourth position was never shown: NaN.
    const clicked = [1, 1, 0, 1, 0, 0];
    const position = [0, 1, 2, 0, 1, 2];
    expect(Array.from(clickThroughRateByPosition(clicked, position, 4))).toEqual([
      1,
      0.5,
      0,
      Number.NaN,
    ]);
    expect(() => clickThroughRateByPosition(clicked, position, 2)).toThrow(
      'position must contain integer ids in [0, slateSize = 2), but [2] is 2',
    );
  });
});

describe('watch time', () => {
  const watchTime = new Float32Array([0, 3, 0, 5]);
  const clicked = new Uint8Array([0, 1, 0, 1]);

  it('averages per impression or per click', () => {
    // Per impression: 8/4 = 2. Per click: (3 + 5)/2 = 4.
    expect(totalWatchTime(watchTime)).toBe(8);
    expect(meanWatchTime(watchTime)).toBe(2);
    expect(meanWatchTime(watchTime, clicked)).toBe(4);
    expect(meanWatchTime(watchTime, [0, 0, 0, 0])).toBeNaN();
  });

  it('refuses negative watch time and a mask of the wrong length', () => {
    expect(() => meanWatchTime([1, -1])).toThrow('watchTime must be finite and non-negative');
    expect(() => meanWatchTime(watchTime, [1])).toThrow(
      'mask has length 1 but watchTime has length 4',
    );
  });

  it('averages an item property over what was shown', () => {
    // Durations 10, 20, 60; item 2 shown twice, item 0 once: (60 + 60 + 10)/3.
    expect(meanOverShown([10, 20, 60], [2, 2, 0])).toBeCloseTo(130 / 3, 12);
    expect(() => meanOverShown([10, 20], [2])).toThrow('[0, itemValues.length = 2)');
  });
});

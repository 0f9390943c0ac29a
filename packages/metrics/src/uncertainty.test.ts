import { describe, expect, it } from 'vitest';
import {
  meanWithInterval,
  pairedDifferenceInterval,
  studentTCdf,
  studentTQuantile,
  welchDifferenceInterval,
} from './uncertainty';

describe('studentTQuantile', () => {
  it('matches the closed forms for 1 and 2 degrees of freedom', () => {
    // df = 1 is the Cauchy distribution: t_p = tan(pi (p - 1/2)).
    // df = 2: t_p = (2p - 1) / sqrt(2 p (1 - p)).
    for (const p of [0.6, 0.9, 0.975, 0.995]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 8);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 9);
    }
  });

  it('matches the closed-form CDF for 4 degrees of freedom', () => {
    // With q = 1 + t^2/4: F(t) = 1/2 + (3/8) (t / sqrt q) (1 - t^2 / (12 q)).
    const t = studentTQuantile(0.975, 4);
    const q = 1 + (t * t) / 4;
    expect(0.5 + (3 / 8) * (t / Math.sqrt(q)) * (1 - (t * t) / (12 * q))).toBeCloseTo(0.975, 10);
  });

  it('matches printed tables', () => {
    expect(studentTQuantile(0.975, 4)).toBeCloseTo(2.776, 3);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228, 3);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042, 3);
    expect(studentTQuantile(0.995, 5)).toBeCloseTo(4.032, 3);
    expect(studentTQuantile(0.95, 4)).toBeCloseTo(2.132, 3);
  });

  it('is symmetric and approaches the normal quantile 1.95996 for large df', () => {
    expect(studentTQuantile(0.025, 4)).toBeCloseTo(-studentTQuantile(0.975, 4), 12);
    expect(studentTQuantile(0.5, 7)).toBe(0);
    // Cornish-Fisher: t = z + (z^3 + z) / (4 df) + ... = 1.959964 + 2.4e-6 at df = 1e6.
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959964 + 2.4e-6, 7);
  });

  it('inverts the CDF, including fractional df', () => {
    for (const df of [0.5, 2.94, 17]) {
      for (const p of [0.01, 0.3, 0.9])
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
    }
  });

  it('refuses p outside (0, 1) and bad df', () => {
    expect(() => studentTQuantile(1, 3)).toThrow(
      'studentTQuantile: p must lie strictly between 0 and 1, got 1',
    );
    expect(() => studentTQuantile(0.9, 0)).toThrow('df must be a number in [0.1, 1e7], got 0');
  });
});

describe('meanWithInterval', () => {
  it('uses the t quantile with n - 1 degrees of freedom', () => {
    // 1..5: mean 3, sd sqrt(10/4) = 1.5811, standard error sqrt(2.5/5) = 0.7071.
    // Half-width t(0.975, 4) * 0.7071 = 2.7764 * 0.7071 = 1.9632.
    const r = meanWithInterval([1, 2, 3, 4, 5]);
    expect(r.mean).toBe(3);
    expect(r.n).toBe(5);
    expect(r.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(r.upper - r.mean).toBeCloseTo(2.7764451052 * Math.sqrt(0.5), 8);
    expect(r.mean - r.lower).toBeCloseTo(r.upper - r.mean, 12);
  });

  it('narrows at a lower level', () => {
    // t(0.95, 4) = 2.1318: half-width 2.1318 * 0.7071 = 1.5074.
    const r = meanWithInterval([1, 2, 3, 4, 5], 0.9);
    expect(r.upper - r.mean).toBeCloseTo(2.1318467863 * Math.sqrt(0.5), 8);
  });

  it('is very wide for two seeds', () => {
    // 0 and 2: mean 1, sd sqrt2, standard error 1, t(0.975, 1) = 12.706: [-11.706, 13.706].
    const r = meanWithInterval(new Float64Array([0, 2]));
    expect(r.lower).toBeCloseTo(1 - 12.7062047362, 8);
    expect(r.upper).toBeCloseTo(1 + 12.7062047362, 8);
  });

  it('collapses to the value for a single seed', () => {
    expect(meanWithInterval([7])).toEqual({ mean: 7, lower: 7, upper: 7, n: 1, sd: 0 });
  });

  it('refuses empty input and a level outside (0, 1)', () => {
    expect(() => meanWithInterval([])).toThrow('meanWithInterval: values must not be empty');
    expect(() => meanWithInterval([1, 2], 95)).toThrow(
      'level must lie strictly between 0 and 1, got 95',
    );
  });
});

describe('comparing two arms', () => {
  it('pairs seeds: a constant difference has a zero-width interval', () => {
    // Differences 1, 1, 1: mean 1, sd 0.
    const r = pairedDifferenceInterval([3, 5, 7], [2, 4, 6]);
    expect([r.mean, r.lower, r.upper]).toEqual([1, 1, 1]);
    expect(() => pairedDifferenceInterval([1, 2], [1])).toThrow(
      'b has length 1 but a has length 2',
    );
  });

  it("uses Welch's degrees of freedom for independent samples", () => {
    // a = 1, 2, 3: mean 2, variance 1, va = 1/3. b = 4, 6, 8: mean 6, variance 4, vb = 4/3.
    // Difference -4; df = (5/3)^2 / ((1/3)^2/2 + (4/3)^2/2) = (25/9) / (17/18) = 50/17.
    // Half-width t(0.975, 50/17) * sqrt(5/3), where t lies between t(0.975, 3) = 3.18
    // and t(0.975, 2) = 4.30.
    const r = welchDifferenceInterval([1, 2, 3], [4, 6, 8]);
    expect(r.difference).toBe(-4);
    expect(r.df).toBeCloseTo(50 / 17, 12);
    const half = r.upper - r.difference;
    expect(half).toBeCloseTo(studentTQuantile(0.975, 50 / 17) * Math.sqrt(5 / 3), 12);
    expect(half / Math.sqrt(5 / 3)).toBeGreaterThan(3.18);
    expect(half / Math.sqrt(5 / 3)).toBeLessThan(4.3);
    expect(() => welchDifferenceInterval([1], [1, 2])).toThrow('a needs at least 2 values, got 1');
  });
});

import { describe, expect, it } from 'vitest';
import { brierScore, expectedCalibrationError, logLoss, reliabilityDiagram } from './calibration';

describe('brierScore and logLoss', () => {
  const probabilities = [0.1, 0.2, 0.7, 0.9];
  const labels = [0, 1, 1, 1];

  it('match a hand computation', () => {
    // Squared errors 0.01, 0.64, 0.09, 0.01: mean 0.75 / 4 = 0.1875.
    expect(brierScore(probabilities, labels)).toBeCloseTo(0.1875, 12);
    // -(ln 0.9 + ln 0.2 + ln 0.7 + ln 0.9) / 4.
    const expected = -(Math.log(0.9) + Math.log(0.2) + Math.log(0.7) + Math.log(0.9)) / 4;
    expect(logLoss(probabilities, labels)).toBeCloseTo(expected, 12);
  });

  it('clips a confident miss instead of returning infinity', () => {
    // p = 0 for a positive: clipped to 1e-15, costing -ln(1e-15) = 34.54 nats.
    expect(logLoss([0], [1])).toBeCloseTo(-Math.log(1e-15), 9);
    expect(logLoss([0], [1], { epsilon: 0.01 })).toBeCloseTo(-Math.log(0.01), 12);
    expect(() => logLoss([0.5], [1], { epsilon: 0 })).toThrow(
      'options.epsilon must lie in (0, 0.5)',
    );
  });

  it('accept soft labels: a prediction equal to the true probability', () => {
    // Brier against the true probability itself is 0.
    expect(brierScore([0.3, 0.8], [0.3, 0.8])).toBe(0);
  });

  it('refuse probabilities outside [0, 1] and mismatched lengths', () => {
    expect(() => brierScore([1.2], [1])).toThrow(
      'brierScore: probabilities must be probabilities in [0, 1], but [0] is 1.2',
    );
    expect(() => logLoss([0.5, 0.5], [1])).toThrow(
      'labels has length 1 but probabilities has length 2',
    );
    expect(() => brierScore([0.5], [Number.NaN])).toThrow('labels must be probabilities in [0, 1]');
  });
});

describe('expectedCalibrationError and reliabilityDiagram', () => {
  // Six predictions: 0.05, 0.1, 0.15, 0.3 with labels 0, 0, 1, 0; 0.8, 0.95 with labels 1, 1.
  const probabilities = [0.8, 0.05, 0.3, 0.95, 0.1, 0.15];
  const labels = [1, 0, 0, 1, 0, 1];

  it('bins by equal width', () => {
    // Two bins. [0, 0.5): mean predicted 0.6/4 = 0.15, fraction positive 1/4 -> gap 0.1, 4 items.
    // [0.5, 1]: mean 0.875, fraction 1 -> gap 0.125, 2 items. ECE = (4*0.1 + 2*0.125)/6 = 0.65/6.
    const bins = reliabilityDiagram(probabilities, labels, { bins: 2 });
    expect(bins).toHaveLength(2);
    expect(bins[0]).toEqual({
      lower: 0,
      upper: 0.5,
      count: 4,
      meanPredicted: expect.closeTo(0.15, 12),
      fractionPositive: 0.25,
    });
    expect(bins[1]).toMatchObject({
      meanPredicted: expect.closeTo(0.875, 12),
      fractionPositive: 1,
    });
    expect(expectedCalibrationError(probabilities, labels, { bins: 2 })).toBeCloseTo(0.65 / 6, 12);
  });

  it('bins by equal mass', () => {
    // Sorted, cut 3 + 3. {0.05, 0.1, 0.15}: mean 0.1, fraction 1/3 -> gap 7/30, 3 items.
    // {0.3, 0.8, 0.95}: mean 2.05/3, fraction 2/3 -> gap 0.05/3, 3 items.
    // ECE = (3 * 7/30 + 3 * 0.05/3) / 6 = (0.7 + 0.05) / 6 = 0.125.
    const options = { bins: 2, strategy: 'equal-mass' } as const;
    const bins = reliabilityDiagram(probabilities, labels, options);
    expect(bins.map((b) => [b.lower, b.upper, b.count])).toEqual([
      [0.05, 0.15, 3],
      [0.3, 0.95, 3],
    ]);
    expect(expectedCalibrationError(probabilities, labels, options)).toBeCloseTo(0.125, 12);
  });

  it('defaults to ten equal-width bins and leaves empty bins out', () => {
    // Each prediction in its own bin: gaps 0.1, 0.8, 0.3, 0.1 -> ECE 1.3 / 4.
    const bins = reliabilityDiagram([0.1, 0.2, 0.7, 0.9], [0, 1, 1, 1]);
    expect(bins.map((b) => b.lower)).toEqual([0.1, 0.2, 0.7, 0.9]);
    expect(expectedCalibrationError([0.1, 0.2, 0.7, 0.9], [0, 1, 1, 1])).toBeCloseTo(1.3 / 4, 12);
  });

  it('puts a prediction of exactly 1 in the last bin, and 0.5 in the upper of two', () => {
    const bins = reliabilityDiagram([1, 0.5], [1, 1], { bins: 2 });
    expect(bins).toHaveLength(1);
    expect(bins[0]?.count).toBe(2);
  });

  it('gives fewer equal-mass bins than asked when there are fewer predictions', () => {
    // 3 predictions into 5 bins: cuts at floor(3b/5) = 0, 0, 1, 1, 2, 3 -> three non-empty bins.
    const bins = reliabilityDiagram([0.2, 0.4, 0.6], [0, 1, 1], {
      bins: 5,
      strategy: 'equal-mass',
    });
    expect(bins.map((b) => b.count)).toEqual([1, 1, 1]);
  });

  it('keeps tied predictions in one equal-mass bin', () => {
    // A constant predictor: one bin of 4, ECE |0.5 - 1/4| = 0.25, however many bins are asked.
    const constant = { bins: 3, strategy: 'equal-mass' } as const;
    expect(reliabilityDiagram([0.5, 0.5, 0.5, 0.5], [1, 0, 0, 0], constant)).toHaveLength(1);
    expect(expectedCalibrationError([0.5, 0.5, 0.5, 0.5], [1, 0, 0, 0], constant)).toBe(0.25);
    // Six predictions, three bins: cuts at sorted[2] = 0.2 and sorted[4] = 0.9, so the bins
    // are {0.1}, {0.2, 0.2, 0.2}, {0.9, 0.9}: ties move the cuts, not the other way round.
    const bins = reliabilityDiagram([0.9, 0.2, 0.1, 0.2, 0.9, 0.2], [1, 0, 0, 1, 1, 0], constant);
    expect(bins.map((b) => b.count)).toEqual([1, 3, 2]);
  });

  it('is 0 for predictions that equal the observed frequencies', () => {
    // Four at 0.25 with one positive, four at 0.75 with three: calibrated in each bin.
    const p = [0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75];
    const y = [1, 0, 0, 0, 1, 1, 1, 0];
    expect(expectedCalibrationError(p, y)).toBe(0);
    expect(expectedCalibrationError(p, y, { strategy: 'equal-mass', bins: 2 })).toBe(0);
  });

  it('refuses bad options, naming them', () => {
    expect(() => expectedCalibrationError([0.5], [1], { bins: 0 })).toThrow(
      'expectedCalibrationError: options.bins must be a positive integer, got 0',
    );
    expect(() =>
      expectedCalibrationError([0.5], [1], { strategy: 'quantile' as 'equal-mass' }),
    ).toThrow(`options.strategy must be 'equal-width' or 'equal-mass', got "quantile"`);
    expect(() => reliabilityDiagram([], [])).toThrow('probabilities must not be empty');
  });
});

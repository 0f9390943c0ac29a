import { describe, expect, it } from 'vitest';
import { readArm } from './arm-readout';
import { heldOutMetrics, rankingMetrics } from './held-out-metrics';

describe('readArm', () => {
  it('answers at the threshold and states its own probability as confidence', () => {
    // σ(0) = 0.5, σ(2) = 0.8807971, σ(−1) = 0.2689414; answers at 0.5: 1, 1, 0.
    const readout = readArm([0, 2, -1], 3, { outputs: 1, threshold: 0.5, tiltRatio: 1 });
    expect(Array.from(readout.decisions)).toEqual([1, 1, 0]);
    expect(readout.probability[1]).toBeCloseTo(0.8807971, 6);
    // Answer 0 at 0.2689414 is right with stated probability 1 − 0.2689414 = 0.7310586.
    expect(readout.confidence[2]).toBeCloseTo(0.7310586, 6);
    expect(Array.from(readout.score)).toEqual(Array.from(readout.probability));
  });

  it("de-tilts a weighted arm's probability but answers on its own score", () => {
    // Score 0.5 at r = 4 answers 1 (threshold 0.5) and states 0.5/(0.5 + 4·0.5) = 0.2.
    const readout = readArm([0], 1, { outputs: 1, threshold: 0.5, tiltRatio: 4 });
    expect(readout.decisions[0]).toBe(1);
    expect(readout.score[0]).toBe(0.5);
    expect(readout.probability[0]).toBeCloseTo(0.2, 12);
    expect(readout.confidence[0]).toBeCloseTo(0.2, 12);
  });

  it('reads a confidence head as the stated P(y = 1), whatever the answer head says', () => {
    // Answer logit 2 (answers 1), confidence logit −1: states P(y = 1) = 0.2689414, so its
    // confidence in the answer 1 is 0.2689414.
    const readout = readArm([2, -1], 1, { outputs: 2, threshold: 0.5, tiltRatio: 1 });
    expect(readout.decisions[0]).toBe(1);
    expect(readout.probability[0]).toBeCloseTo(0.2689414, 6);
    expect(readout.confidence[0]).toBeCloseTo(0.2689414, 6);
  });
});

describe('heldOutMetrics and rankingMetrics', () => {
  // Four rows, labels [1, 1, 0, 0], answers [1, 0, 1, 0] (a miss in row 2, a false alarm in
  // row 3), stated probabilities [0.8, 0.4, 0.6, 0.2], so confidences [0.8, 0.6, 0.6, 0.8]
  // and answers right in rows 1 and 4.
  const labels = Uint8Array.from([1, 1, 0, 0]);
  const readout = {
    score: Float64Array.from([0.9, 0.3, 0.7, 0.1]),
    decisions: Uint8Array.from([1, 0, 1, 0]),
    probability: Float64Array.from([0.8, 0.4, 0.6, 0.2]),
    confidence: Float64Array.from([0.8, 0.6, 0.6, 0.8]),
  };

  it('works out by hand', () => {
    const metrics = heldOutMetrics(readout, labels, { falsePositive: 1, falseNegative: 3 });
    // One miss (3) and one false alarm (1) over 4 rows.
    expect(metrics.heldOutExpectedCost).toBe(1);
    expect(metrics.accuracy).toBe(0.5);
    expect(metrics.positiveRate).toBe(0.5);
    // Re-tilted by r = 3, 3p/(1 + 2p): 0.9230769, 0.6666667, 0.8181818, 0.4285714; weighted
    // log loss 3·0.0800427 + 3·0.4054651 + 1.7047481 + 0.5596158 = 3.7208873, over 4.
    expect(metrics.weightedLogLoss).toBeCloseTo(0.9302218, 6);
    // (0.2² + 0.6² + 0.6² + 0.2²)/4 = 0.2, for the probability and the confidence alike.
    expect(metrics.brier).toBeCloseTo(0.2, 12);
    expect(metrics.confidenceBrier).toBeCloseTo(0.2, 12);
    // −(ln 0.8 + ln 0.4 + ln 0.4 + ln 0.8)/4.
    expect(metrics.logLoss).toBeCloseTo(0.5697171, 6);
    // Confidence bins [0.6, 0.7): two wrong answers at 0.6, gap 0.6; [0.8, 0.9): two right
    // at 0.8, gap 0.2: (2·0.6 + 2·0.2)/4 = 0.4.
    expect(metrics.confidenceEce).toBeCloseTo(0.4, 12);
    expect(metrics.meanConfidence).toBeCloseTo(0.7, 12);
    expect(metrics.overconfidence).toBeCloseTo(0.2, 12);
  });

  it('ranks by score against labels and by confidence against correctness', () => {
    // Positives 0.9, 0.3 against negatives 0.7, 0.1: 3 of 4 pairs in order.
    // Right answers (0.8, 0.8) above wrong ones (0.6, 0.6): 1.
    expect(rankingMetrics(readout, labels)).toEqual({ auc: 0.75, confidenceAuc: 1 });
  });
});

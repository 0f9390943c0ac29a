import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { runRun } from '../run-run';
import { tinyOfflineRuns } from '../test-runs';

describe('runRun on an offline classification task', () => {
  const [weighted, thresholded] = tinyOfflineRuns();

  it('measures cost, calibration and the probe after every epoch', async () => {
    const result = await runRun(thresholded);
    expect(result.rounds).toHaveLength(3);
    for (const { metrics } of result.rounds) {
      for (const name of [
        'trainLoss',
        'heldOutExpectedCost',
        'logLoss',
        'brier',
        'ece',
        'probeAuc',
        'auc',
      ]) {
        expect(Number.isFinite(metrics[name]), name).toBe(true);
      }
      expect(metrics.probeAuc).toBeGreaterThan(0.5);
    }
    // Threshold "cost" is cFP / (cFP + cFN) = 1 / (1 + 3).
    expect(result.summary.threshold).toBe(0.25);
    expect(result.summary.bayesExpectedCost).toBeLessThan(result.summary.heldOutExpectedCost);
    const binned = (result.reliability ?? []).reduce((sum, bin) => sum + bin.count, 0);
    expect(binned).toBe(400);
  });

  it('is deterministic and leaks no tensors', async () => {
    const first = await runRun(weighted);
    const before = tf.memory().numTensors;
    const second = await runRun(weighted);
    expect(tf.memory().numTensors).toBe(before);
    expect(second.rounds).toEqual(first.rounds);
    expect(first.summary.threshold).toBe(0.5);
    // The linear probe of a linear model reads the raw input, so it cannot change by epoch.
    expect(new Set(first.rounds.map((r) => r.metrics.probeAuc)).size).toBe(1);
  });
});

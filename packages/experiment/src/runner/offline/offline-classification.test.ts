import { describe, expect, it } from 'vitest';
import { runRun } from '../run-run';
import { tinyOfflineRuns as tinyRuns } from '../test-runs';

describe('runRun on an offline classification task', () => {
  it('stops early and reports the chosen epoch, whose losses are the summary’s', async () => {
    const result = await runRun(tinyRuns(true)[1]);
    const { summary, rounds } = result;
    // Patience 2: the run ends two epochs after its best one, unless it hit the 30-epoch cap.
    const chosenEpoch = summary.chosenEpoch ?? Number.NaN;
    expect(rounds.length === 30 || rounds.length === chosenEpoch + 3).toBe(true);
    expect(summary.epochsRun).toBe(rounds.length);
    const chosen = rounds[chosenEpoch];
    expect(summary.validationLoss).toBe(chosen?.metrics.validationLoss);
    expect(Math.min(...rounds.map((r) => r.metrics.validationLoss ?? Number.NaN))).toBe(
      summary.validationLoss,
    );
    // Test figures every epoch here, and the chosen epoch's are the summary's.
    expect(summary.ece).toBe(chosen?.metrics.ece);
    expect(summary.heldOutExpectedCost).toBe(chosen?.metrics.heldOutExpectedCost);
    // Threshold "cost" is cFP / (cFP + cFN) = 1 / (1 + 3).
    expect(summary.threshold).toBe(0.25);
    expect(summary.bayesExpectedCost).toBeLessThan(summary.heldOutExpectedCost ?? Number.NaN);
    for (const name of ['auc', 'confidenceAuc', 'probeAuc', 'weightedLogLoss', 'accuracy']) {
      expect(Number.isFinite(summary[name]), name).toBe(true);
    }
    const binned = (result.reliability ?? []).reduce((sum, bin) => sum + bin.count, 0);
    expect(binned).toBe(400);
  });

  it('has no probe for a linear model and only losses per epoch without testEveryEpoch', async () => {
    const result = await runRun(tinyRuns(false)[0]);
    expect(result.summary.probeAuc).toBeUndefined();
    expect(Object.keys(result.rounds[0]?.metrics ?? {}).sort()).toEqual([
      'trainLoss',
      'validationLoss',
    ]);
    expect(Number.isFinite(result.summary.ece)).toBe(true);
    expect(result.summary.threshold).toBe(0.5);
  });

  it('gives the same numbers whether or not test figures are kept every epoch', async () => {
    const [, , withCurves] = tinyRuns(true);
    const [, , without] = tinyRuns(false);
    const first = await runRun(withCurves);
    const second = await runRun(without);
    const again = await runRun(withCurves);
    expect(again).toEqual(first);
    expect(second.summary).toEqual(first.summary);
    expect(second.rounds.map((r) => r.metrics.validationLoss)).toEqual(
      first.rounds.map((r) => r.metrics.validationLoss),
    );
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { RunCancelledError } from '../run-result';
import { runRun } from '../run-run';
import { tinyFeedbackRuns } from '../test-runs';

const everyRoundMetric = [
  'trainLoss',
  'trainLossVsConstant',
  'ctr',
  'meanWelfare',
  'regret',
  'relativeUtility',
  'clickbaitShareExposure',
  'clickbaitShareSupply',
  'meanQualitySupply',
  'meanQualityExposure',
  'creatorGini',
  'creatorHhi',
  'homogenization',
  'coverage',
  'exposureGini',
  'intraListDiversity',
  'activeUsers',
  'retention',
  'watchTime',
  'meanDurationExposed',
  'polarization',
  'misinformationExposure',
  'relevanceAucPerUser',
  'ndcgAt10',
  'examinedClickAuc',
  'startup',
  'ece',
  'brier',
];

describe('runRun on a feedback loop', () => {
  const [clickRun, satisfactionRun, idealRun] = tinyFeedbackRuns();

  it('produces every per-round metric, finite for a trained model', async () => {
    const seen: number[] = [];
    const result = await runRun(clickRun, { onRound: (record) => void seen.push(record.round) });
    expect(seen).toEqual([0, 1, 2]);
    expect(result.rounds).toHaveLength(3);
    expect(result.backend).toMatch(/^(tensorflow|wasm|cpu)$/);
    for (const record of result.rounds) {
      for (const metric of everyRoundMetric) {
        expect(Number.isFinite(record.metrics[metric]), `${metric} in round ${record.round}`).toBe(
          true,
        );
      }
      expect(record.metrics.ctr).toBeGreaterThanOrEqual(0);
      expect(record.metrics.ctr).toBeLessThanOrEqual(1);
      expect(record.metrics.regret).toBeGreaterThanOrEqual(-1e-6);
    }
    expect(result.summary.meanWelfare).toBe(result.rounds[2]?.metrics.meanWelfare);
    const welfare = result.rounds.map((r) => r.metrics.meanWelfare ?? Number.NaN);
    expect(result.summary.meanWelfareAvg).toBeCloseTo(
      welfare.reduce((sum, value) => sum + value, 0) / 3,
      12,
    );
    expect(result.supply).toHaveLength(3);
  });

  it('gives the same numbers for the same run, bit for bit', async () => {
    const first = await runRun(satisfactionRun);
    const second = await runRun(satisfactionRun);
    expect(second.rounds).toEqual(first.rounds);
    expect(second.summary).toEqual(first.summary);
  });

  it('puts every arm of a seed in the same world', async () => {
    const [click, ideal] = await Promise.all([runRun(clickRun), runRun(idealRun)]);
    // Who comes in round 0 and what is on offer do not depend on the recommender.
    expect(ideal.rounds[0]?.metrics.activeUsers).toBe(click.rounds[0]?.metrics.activeUsers);
    expect(ideal.rounds[0]?.metrics.meanQualitySupply).toBe(
      click.rounds[0]?.metrics.meanQualitySupply,
    );
    // The ideal arm is the regret yardstick; it has no training loss.
    expect(ideal.rounds.every((r) => Math.abs(r.metrics.regret ?? Number.NaN) < 1e-5)).toBe(true);
    expect(Number.isNaN(ideal.summary.trainLoss)).toBe(true);
    expect(Number.isNaN(ideal.summary.trainLossVsConstant)).toBe(true);
    expect(ideal.summary.meanWelfareAvg).toBeGreaterThan(
      click.summary.meanWelfareAvg ?? Number.NaN,
    );
  });

  it('starts every arm of a seed with the same random start-up rounds, left out of averages', async () => {
    const [clickStart, satisfactionStart, idealStart] = tinyFeedbackRuns(2);
    const [click, satisfaction, ideal] = await Promise.all([
      runRun(clickStart),
      runRun(satisfactionStart),
      runRun(idealStart),
    ]);
    for (const result of [click, satisfaction, ideal]) {
      expect(result.rounds.map((r) => r.metrics.startup)).toEqual([1, 1, 0]);
    }
    // The same slates in the same world: the same clicks, welfare and exposure, whatever the arm.
    for (const round of [0, 1]) {
      for (const metric of ['ctr', 'meanWelfare', 'coverage', 'activeUsers']) {
        expect(satisfaction.rounds[round]?.metrics[metric], `${metric} ${round}`).toBe(
          click.rounds[round]?.metrics[metric],
        );
        expect(ideal.rounds[round]?.metrics[metric], `${metric} ${round}`).toBe(
          click.rounds[round]?.metrics[metric],
        );
      }
    }
    // After start-up each arm serves by its own policy: the ideal arm's regret is 0 again.
    expect(Math.abs(ideal.rounds[2]?.metrics.regret ?? Number.NaN)).toBeLessThan(1e-5);
    expect(ideal.rounds[0]?.metrics.regret).toBeGreaterThan(0);
    // Averages are over the arm's own rounds only: here the last one.
    expect(click.summary.meanWelfareAvg).toBe(click.rounds[2]?.metrics.meanWelfare);
    expect(click.summary.trainLossFirst).toBe(click.rounds[2]?.metrics.trainLoss);
  });

  it('stops at the next round boundary when cancelled', async () => {
    const controller = new AbortController();
    const rounds: number[] = [];
    const run = runRun(clickRun, {
      signal: controller.signal,
      onRound: (record) => {
        rounds.push(record.round);
        controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(RunCancelledError);
    expect(rounds).toEqual([0]);
    await expect(runRun(clickRun, { signal: AbortSignal.abort() })).rejects.toThrow(/cancelled/);
  });

  it('leaves no tensors behind', async () => {
    await runRun(clickRun); // first use registers kernels and the backend
    const before = tf.memory().numTensors;
    await runRun(satisfactionRun);
    await expect(runRun(clickRun, { signal: AbortSignal.abort() })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
  });
});

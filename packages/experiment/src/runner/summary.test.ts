import { describe, expect, it } from 'vitest';
import { summariseRounds } from './summary';

describe('summariseRounds', () => {
  it('keeps the final round, averages what users got, and tracks the training loss', () => {
    const rounds = [
      { round: 0, metrics: { trainLoss: Number.NaN, meanWelfare: 1, creatorGini: 0.1 } },
      { round: 1, metrics: { trainLoss: 0.7, meanWelfare: Number.NaN, creatorGini: 0.2 } },
      { round: 2, metrics: { trainLoss: 0.4, meanWelfare: 3, creatorGini: 0.3 } },
    ];
    expect(summariseRounds(rounds, 'feedback-loop')).toEqual({
      trainLoss: 0.4,
      meanWelfare: 3,
      meanWelfareAvg: 2,
      creatorGini: 0.3,
      trainLossFirst: 0.7,
      trainLossChange: 0.4 - 0.7,
    });
  });

  it('leaves start-up rounds out of averages and of the first training loss', () => {
    const rounds = [
      { round: 0, metrics: { startup: 1, trainLoss: 0.9, meanWelfare: 5 } },
      { round: 1, metrics: { startup: 0, trainLoss: 0.6, meanWelfare: 1 } },
      { round: 2, metrics: { startup: 0, trainLoss: 0.5, meanWelfare: 2 } },
    ];
    // meanWelfareAvg over rounds 1 and 2 only: (1 + 2) / 2 = 1.5 (with round 0 it would be
    // 8 / 3); the loss is first taken after start-up: 0.6, change 0.5 - 0.6.
    expect(summariseRounds(rounds, 'feedback-loop')).toEqual({
      startup: 0,
      trainLoss: 0.5,
      meanWelfare: 2,
      meanWelfareAvg: 1.5,
      trainLossFirst: 0.6,
      trainLossChange: 0.5 - 0.6,
    });
  });

  it('summarises an offline run by its last epoch', () => {
    const rounds = [
      { round: 0, metrics: { trainLoss: 0.9, ece: 0.2 } },
      { round: 1, metrics: { trainLoss: 0.5, ece: 0.1 } },
    ];
    expect(summariseRounds(rounds, 'offline-classification')).toEqual({
      trainLoss: 0.5,
      ece: 0.1,
      trainLossFirst: 0.9,
      trainLossChange: 0.5 - 0.9,
    });
  });
});

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

import { describe, expect, it } from 'vitest';
import { poolReliability } from './reliability';

const bin = (lower: number, count: number, meanPredicted: number, fractionPositive: number) => ({
  lower,
  upper: lower + 0.5,
  count,
  meanPredicted,
  fractionPositive,
});

describe('poolReliability', () => {
  it('pools the seeds of an arm bin by bin, weighted by count', () => {
    const pooled = poolReliability([
      {
        group: 'arm=bce',
        arm: 'bce',
        params: {},
        reliability: [bin(0.5, 1, 0.7, 1), bin(0, 3, 0.2, 0)],
      },
      { group: 'arm=bce', arm: 'bce', params: {}, reliability: [bin(0, 1, 0.4, 1)] },
      { group: 'arm=brier', arm: 'brier', params: {}, reliability: [] },
    ]);
    // bin [0, 0.5): counts 3 and 1 -> predicted (3*0.2 + 0.4)/4 = 0.25, observed (0 + 1)/4
    expect(pooled).toHaveLength(1);
    expect(pooled[0]).toMatchObject({
      label: 'bce',
      bins: [
        { count: 4, predicted: expect.closeTo(0.25, 12), observed: expect.closeTo(0.25, 12) },
        { predicted: 0.7, observed: 1, count: 1 },
      ],
    });
  });
});

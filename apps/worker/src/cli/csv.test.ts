import type { PairedComparison } from '@goodhart/experiment';
import { describe, expect, it } from 'vitest';
import { pairedCsvPath, pairedToCsv } from './csv';

describe('pairedToCsv', () => {
  it('writes one row per arm, grid point and metric, with the sweep values as columns', () => {
    const comparison = (x: number, mean: number): PairedComparison => ({
      group: `arm=b|w.x=${x}`,
      arm: 'b',
      reference: 'a, the "first"',
      params: { 'w.x': x },
      metrics: {
        meanWelfare: { mean, lower: mean - 1, upper: mean + 1, n: 3, agreeing: 2 },
        trainLoss: { mean: Number.NaN, lower: Number.NaN, upper: Number.NaN, n: 0, agreeing: 0 },
      },
    });
    expect(pairedToCsv([comparison(1, 0.5), comparison(2, -0.25)]).split('\n')).toEqual([
      'arm,reference,w.x,metric,mean,lower,upper,n,seedsAboveZero',
      'b,"a, the ""first""",1,meanWelfare,0.5,-0.5,1.5,3,2',
      'b,"a, the ""first""",1,trainLoss,,,,0,0',
      'b,"a, the ""first""",2,meanWelfare,-0.25,-1.25,0.75,3,2',
      'b,"a, the ""first""",2,trainLoss,,,,0,0',
      '',
    ]);
  });

  it('goes beside the rounds CSV', () => {
    expect(pairedCsvPath('/tmp/out.csv')).toBe('/tmp/out.paired.csv');
    expect(pairedCsvPath('/tmp/out')).toBe('/tmp/out.paired.csv');
  });
});

import type { PairedComparison } from '@goodhart/experiment';
import { describe, expect, it } from 'vitest';
import { renderPairedTable } from './paired-table';

function comparison(arm: string, mean: number, n: number): PairedComparison {
  return {
    group: `arm=${arm}`,
    arm,
    reference: 'ideal',
    params: {},
    metrics: { meanWelfare: { mean, lower: mean - 0.25, upper: mean + 0.25, n, agreeing: 1 } },
  };
}

describe('renderPairedTable', () => {
  it('shows mean [lower, upper] and the seeds above 0 of those paired, per arm against the reference', () => {
    const table = renderPairedTable(
      [comparison('click', -1, 3), comparison('pop', 0.5, 1)],
      ['meanWelfare', 'absent'],
    );
    expect(table.split('\n')).toEqual([
      'metric                       click      pop',
      '-----------  ---------------------  -------',
      'meanWelfare  -1 [-1.25, -0.75] 1/3  0.5 1/1',
    ]);
  });
});

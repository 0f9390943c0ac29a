import type { GroupSummary } from '@goodhart/experiment';
import { describe, expect, it } from 'vitest';
import { renderSummaryTable } from './summary-table';

function group(name: string, arm: string, mean: number): GroupSummary {
  return {
    group: name,
    arm,
    params: {},
    runs: 3,
    metrics: { meanWelfare: { mean, lower: mean - 0.5, upper: mean + 0.5, n: 3 } },
  };
}

describe('renderSummaryTable', () => {
  it('puts arms side by side with mean [lower, upper] per metric', () => {
    const table = renderSummaryTable(
      [group('arm=click', 'click', 1), group('arm=ideal', 'ideal', 2.25)],
      ['meanWelfare', 'absent'],
    );
    expect(table.split('\n')).toEqual([
      'metric              click              ideal',
      '-----------  ------------  -----------------',
      'meanWelfare  1 [0.5, 1.5]  2.25 [1.75, 2.75]',
    ]);
  });

  it('labels the grid points of a single swept arm by their values only', () => {
    const table = renderSummaryTable(
      [group('arm=mo|w=0', 'mo', 1), group('arm=mo|w=4', 'mo', 0.5)],
      ['meanWelfare'],
    );
    expect(table.split('\n')[0]).toMatch(/^metric\s+w=0\s+w=4$/);
  });
});

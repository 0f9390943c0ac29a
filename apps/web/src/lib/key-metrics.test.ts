import type { GroupSummary } from '@goodhart/experiment/results';
import { describe, expect, it } from 'vitest';
import {
  engagementCandidates,
  firstPresent,
  highlightedRoundMetrics,
  metricRange,
  orderMetrics,
  pickKeyMetrics,
  welfareCandidates,
} from './key-metrics';

describe('pickKeyMetrics', () => {
  it('leads with welfare and engagement when runs report them', () => {
    expect(pickKeyMetrics([{}, null], ['ctr', 'ctrAvg', 'meanWelfareAvg', 'regret'])).toEqual([
      'meanWelfareAvg',
      'ctrAvg',
    ]);
  });

  it('ranks highlighted metrics by how many specs list them, then by position', () => {
    const specs = [
      { highlight: ['brier', 'ece', 'logLoss'] },
      { highlight: ['heldOutExpectedCost', 'ece'] },
      { highlight: ['auc'] },
    ];
    const available = ['ece', 'brier', 'logLoss', 'heldOutExpectedCost', 'auc'];
    // ece twice; then brier, heldOutExpectedCost and auc at position 0 (first seen first).
    expect(pickKeyMetrics(specs, available, 3)).toEqual(['ece', 'brier', 'heldOutExpectedCost']);
  });

  it('skips metrics no run reports, and does not repeat welfare', () => {
    const specs = [{ highlight: ['meanWelfareAvg', 'missing', 'regretAvg'] }];
    expect(pickKeyMetrics(specs, ['meanWelfareAvg', 'regretAvg'])).toEqual([
      'meanWelfareAvg',
      'regretAvg',
    ]);
  });
});

describe('metricRange', () => {
  const group = (label: string, mean: number): GroupSummary => ({
    group: `arm=${label}`,
    arm: label,
    params: {},
    runs: 1,
    metrics: { ctr: { mean, lower: mean, upper: mean, n: 1 } },
  });

  it('spans the group means and skips groups without the metric', () => {
    const range = metricRange(
      [group('a', 0.3), group('b', 0.1), { ...group('c', 0), metrics: {} }],
      'ctr',
    );
    expect(range).toEqual({
      low: 0.1,
      high: 0.3,
      byGroup: [
        { label: 'a', mean: 0.3 },
        { label: 'b', mean: 0.1 },
      ],
    });
    expect(metricRange([], 'ctr')).toBeNull();
  });
});

describe('orderMetrics', () => {
  it('puts highlighted metrics first, skipping ones not present, then the rest by name', () => {
    expect(
      orderMetrics(['regret', 'ctr', 'meanWelfare', 'auc'], ['meanWelfare', 'ece', 'ctr']),
    ).toEqual(['meanWelfare', 'ctr', 'auc', 'regret']);
  });
});

describe('firstPresent', () => {
  it('prefers earlier candidates', () => {
    expect(firstPresent(welfareCandidates, ['meanWelfare', 'meanWelfareAvg'])).toBe(
      'meanWelfareAvg',
    );
    expect(firstPresent(engagementCandidates, ['ctr'])).toBe('ctr');
    expect(firstPresent(engagementCandidates, ['auc'])).toBeUndefined();
  });
});

describe('highlightedRoundMetrics', () => {
  it('maps summary names to the round metrics they summarise, once each', () => {
    expect(
      highlightedRoundMetrics([
        'trainLossFirst',
        'trainLoss',
        'ctrAvg',
        'meanWelfare',
        'meanWelfareAvg',
      ]),
    ).toEqual(['trainLoss', 'ctr', 'meanWelfare']);
  });
});

import { describe, expect, it } from 'vitest';
import type { GroupStats } from './groups';
import {
  engagementCandidates,
  firstPresent,
  metricRange,
  orderMetrics,
  pickKeyMetrics,
  welfareCandidates,
} from './key-metrics';

describe('pickKeyMetrics', () => {
  it('falls back to welfare and CTR', () => {
    expect(pickKeyMetrics([{}, null])).toEqual(['meanWelfare', 'ctr']);
  });

  it('ranks the first two highlighted metrics of each spec by how many specs show them', () => {
    const specs = [
      { highlight: ['ece', 'brier', 'logLoss'] },
      { highlight: ['heldOutExpectedCost', 'ece'] },
      {},
    ];
    expect(pickKeyMetrics(specs, 3)).toEqual(['ece', 'brier', 'heldOutExpectedCost']);
  });
});

describe('metricRange', () => {
  const group = (label: string, mean: number): GroupStats => ({
    group: label,
    label,
    arm: label,
    params: {},
    runs: 1,
    metrics: { ctr: { mean, low: mean, high: mean, n: 1 } },
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

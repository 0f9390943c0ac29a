import { describe, expect, it } from 'vitest';
import { groupMetrics, metricInfo, searchMetrics } from './metric-catalogue';

describe('metricInfo', () => {
  it('gives a summary its base metric’s group and says what the suffix adds', () => {
    expect(metricInfo('ctrAvg')).toEqual({
      group: 'engagement',
      definition: 'clicks per impression (the proxy), averaged over rounds',
    });
    expect(metricInfo('trainLossChange').group).toBe('learnability');
    expect(metricInfo('somethingNew')).toEqual({ group: 'other' });
  });
});

describe('groupMetrics', () => {
  it('orders groups as the catalogue does and keeps the given order inside each', () => {
    expect(groupMetrics(['ctr', 'zeta', 'regret', 'meanWelfare', 'watchTime'])).toEqual([
      { group: 'welfare', metrics: ['regret', 'meanWelfare'] },
      { group: 'engagement', metrics: ['ctr', 'watchTime'] },
      { group: 'other', metrics: ['zeta'] },
    ]);
  });
});

describe('searchMetrics', () => {
  it('matches every word against the name, group and definition', () => {
    const names = ['ctr', 'meanWelfare', 'clickbaitShareExposure', 'coverage'];
    expect(searchMetrics(names, 'CLICK')).toEqual(['ctr', 'clickbaitShareExposure']);
    expect(searchMetrics(names, 'impressions clickbait')).toEqual(['clickbaitShareExposure']);
    expect(searchMetrics(names, 'welfare')).toEqual(['meanWelfare']);
    expect(searchMetrics(names, '  ')).toEqual(names);
  });
});

import { describe, expect, it } from 'vitest';
import { groupLabel, groupOfKey, summariseGroups } from './groups';

describe('groupOfKey', () => {
  it('drops only the trailing seed', () => {
    expect(groupOfKey('arm=bce|world.numUsers=50|seed=3')).toBe('arm=bce|world.numUsers=50');
    expect(groupOfKey('arm=bce')).toBe('arm=bce');
  });
});

describe('groupLabel', () => {
  it('names the arm and the last segment of each swept path', () => {
    expect(groupLabel('bce', {})).toBe('bce');
    expect(groupLabel('bce', { 'task.costs.falseNegative': 5 })).toBe('bce · falseNegative=5');
  });
});

describe('summariseGroups', () => {
  it('averages the finished seeds of each arm', () => {
    const groups = summariseGroups([
      { key: 'arm=a|seed=1', arm: 'a', params: {}, summary: { ctr: 0.2 } },
      { key: 'arm=b|seed=1', arm: 'b', params: {}, summary: { ctr: 0.5 } },
      { key: 'arm=a|seed=2', arm: 'a', params: {}, summary: { ctr: 0.4 } },
      { key: 'arm=a|seed=3', arm: 'a', params: {}, summary: null },
    ]);
    expect(groups.map((g) => [g.label, g.runs])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(groups[0].metrics.ctr.mean).toBeCloseTo(0.3, 12);
    expect(groups[1].metrics.ctr).toEqual({ mean: 0.5, low: 0.5, high: 0.5, n: 1 });
  });
});

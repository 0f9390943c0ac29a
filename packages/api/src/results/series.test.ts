import { itemAt } from '@goodhart/store/testing';
import { describe, expect, it } from 'vitest';
import type { RunRounds } from './run-rounds';
import { bandsOf, groupLabel } from './series';

function run(seed: number, arm: string, values: (number | null)[]): RunRounds {
  return {
    runId: `${arm}${seed}`,
    key: `arm=${arm}|seed=${seed}`,
    group: `arm=${arm}`,
    arm,
    seed,
    params: {},
    status: 'succeeded',
    summary: null,
    rounds: values.map((ctr, round) => ({ round, metrics: { ctr } })),
  };
}

describe('bandsOf', () => {
  it('averages each round over seeds, one series per group', () => {
    const runs = [run(1, 'a', [0.2, 0.4]), run(2, 'a', [0.4, 0.8]), run(1, 'b', [1, null])];
    const bands = bandsOf('e', runs, (group) => groupLabel(group));
    expect(Object.keys(bands)).toEqual(['ctr']);
    const ctr = bands.ctr ?? [];
    const a = itemAt(ctr, 0, "group a's series");
    const b = itemAt(ctr, 1, "group b's series");
    expect(a.label).toBe('a');
    expect(a.group).toEqual({ experimentId: 'e', arm: 'a', params: {} });
    expect(a.points.map((p) => p.round)).toEqual([0, 1]);
    expect(a.points[0]?.mean).toBeCloseTo(0.3, 12);
    expect(a.points[1]?.mean).toBeCloseTo(0.6, 12);
    // One seed's missing value leaves no finite value for b's round 1: null, not NaN.
    expect(b.points[1]).toEqual({ round: 1, mean: null, low: null, high: null, n: 0 });
  });

  it('returns only the metrics asked for', () => {
    const bands = bandsOf('e', [run(1, 'a', [0.5])], (g) => g.arm, ['welfare']);
    expect(Object.keys(bands)).toEqual(['welfare']);
    expect(bands.welfare?.[0]?.points[0]?.mean).toBeNull();
  });
});

describe('groupLabel', () => {
  it('names the arm, the experiment when given, and the sweep point', () => {
    const group = { experimentId: 'e', arm: 'click', params: { 'world.appeal': 2 } };
    expect(groupLabel(group)).toBe('click · world.appeal=2');
    expect(groupLabel(group, 'Trap')).toBe('Trap / click · world.appeal=2');
  });
});

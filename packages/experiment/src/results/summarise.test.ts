import { describe, expect, it } from 'vitest';
import type { RunResult } from '../runner/run-result';
import { aggregateRounds } from './aggregate-rounds';
import { summarise } from './summarise';

function result(arm: string, seed: number, welfare: number[]): RunResult {
  return {
    key: `arm=${arm}|seed=${seed}`,
    group: `arm=${arm}`,
    arm,
    seed,
    params: {},
    backend: 'cpu',
    rounds: welfare.map((value, round) => ({ round, metrics: { meanWelfare: value } })),
    summary: { meanWelfare: welfare.at(-1) ?? Number.NaN },
  };
}

// Student t with 2 degrees of freedom: t(0.975) = 4.302653; sd of {1, 2, 3} is 1.
const halfWidth = (4.302653 * 1) / Math.sqrt(3);

describe('summarise', () => {
  it('gives each arm the mean and 95% t interval of its summary across seeds', () => {
    const results = [
      result('a', 1, [0, 1]),
      result('b', 1, [5]),
      result('a', 2, [0, 2]),
      result('a', 3, [0, 3]),
    ];
    const [a, b] = summarise(results);
    expect(a?.arm).toBe('a');
    expect(a?.runs).toBe(3);
    expect(a?.metrics.meanWelfare?.mean).toBe(2);
    expect(a?.metrics.meanWelfare?.lower).toBeCloseTo(2 - halfWidth, 5);
    expect(a?.metrics.meanWelfare?.upper).toBeCloseTo(2 + halfWidth, 5);
    expect(b?.metrics.meanWelfare).toEqual({ mean: 5, lower: 5, upper: 5, n: 1 });
  });

  it('leaves NaN seeds out, and reports NaN when no seed has a value', () => {
    const results = [
      result('a', 1, [Number.NaN]),
      result('a', 2, [4]),
      result('c', 1, [Number.NaN]),
    ];
    const [a, c] = summarise(results);
    expect(a?.metrics.meanWelfare).toEqual({ mean: 4, lower: 4, upper: 4, n: 1 });
    expect(c?.metrics.meanWelfare?.n).toBe(0);
    expect(Number.isNaN(c?.metrics.meanWelfare?.mean)).toBe(true);
  });

  it('counts only finished runs of a stored group, and keeps a group none of whose runs has', () => {
    // As the store lists runs: summary null until the run finishes, null for a NaN figure.
    const stored = (arm: string, summary: Record<string, number | null> | null) => ({
      group: `arm=${arm}`,
      arm,
      params: {},
      summary,
    });
    const [a, b] = summarise([
      stored('a', { ctr: 0.2 }),
      stored('b', null),
      stored('a', { ctr: 0.4 }),
      stored('a', null),
      stored('a', { ctr: null }),
    ]);
    // a: finished seeds 0.2, 0.4 and one whose ctr was not a number -> mean 0.3 over n = 2
    expect([a?.arm, a?.runs, a?.metrics.ctr?.n]).toEqual(['a', 3, 2]);
    expect(a?.metrics.ctr?.mean).toBeCloseTo(0.3, 12);
    expect(b).toEqual({ group: 'arm=b', arm: 'b', params: {}, runs: 0, metrics: {} });
  });
});

describe('aggregateRounds', () => {
  it('bands each metric per round across seeds, from results or from stored rows', () => {
    const results = [result('a', 1, [0, 1]), result('a', 2, [0, 2]), result('a', 3, [0, 3])];
    const [fromResults] = aggregateRounds(results);
    expect(fromResults?.group).toBe('arm=a');
    expect(fromResults?.rounds.map((r) => r.round)).toEqual([0, 1]);
    expect(fromResults?.rounds[0]?.metrics.meanWelfare).toEqual({
      mean: 0,
      lower: 0,
      upper: 0,
      n: 3,
    });
    expect(fromResults?.rounds[1]?.metrics.meanWelfare?.upper).toBeCloseTo(2 + halfWidth, 5);

    const rows = results.flatMap((r) =>
      r.rounds.map((record) => ({ group: r.group, arm: r.arm, ...record })),
    );
    expect(aggregateRounds(rows.reverse())).toEqual(aggregateRounds(results));
  });
});

import { describe, expect, it } from 'vitest';
import { afterRoundOf, mergeRounds } from './merge-rounds';

const point = (round: number, mean: number) => ({ round, mean, low: mean, high: mean });
const run = (...rounds: number[]) => ({ rounds: rounds.map((round) => ({ round, metrics: {} })) });

describe('afterRoundOf', () => {
  it('gives each run its last held round, -1 for none, trailing empty runs left off', () => {
    expect(afterRoundOf([run(0, 1, 2), run(), run(0), run(), run()])).toEqual([2, -1, 0]);
    expect(afterRoundOf([run(), run()])).toEqual([]);
  });
});

describe('mergeRounds', () => {
  const held = {
    metrics: ['ctr', 'regret'],
    runs: [run(0, 1), run(0)],
    bands: {
      ctr: [{ label: 'a', points: [point(0, 0.1), point(1, 0.2)] }],
      regret: [{ label: 'a', points: [point(0, 1), point(1, 2)] }],
    },
  };

  it('appends new rounds, replaces touched band points, keeps untouched objects', () => {
    // Run 2 reached round 1: round 1's band moves from one seed (0.2) to two (0.3); a new
    // group b appears; regret was not sent.
    const poll = {
      metrics: ['ctr'],
      runs: [run(), run(1)],
      bands: {
        ctr: [
          { label: 'a', points: [point(1, 0.3)] },
          { label: 'b', points: [point(1, 0.5)] },
        ],
      },
    };
    const merged = mergeRounds(held, poll);
    expect(merged.runs.map((r) => r.rounds.map((x) => x.round))).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(merged.runs[0]).toBe(held.runs[0]);
    expect(merged.bands.ctr.map((s) => [s.label, s.points.map((p) => p.mean)])).toEqual([
      ['a', [0.1, 0.3]],
      ['b', [0.5]],
    ]);
    expect(merged.bands.regret).toBe(held.bands.regret);
    expect(merged.metrics).toEqual(['ctr', 'regret']);
  });

  it('adds rounds past the held ones in round order, and metrics first seen in the poll', () => {
    const poll = {
      metrics: ['ece'],
      runs: [run(2), run()],
      bands: {
        ctr: [{ label: 'a', points: [point(2, 0.4)] }],
        ece: [{ label: 'a', points: [point(2, 0.05)] }],
      },
    };
    const merged = mergeRounds(held, poll);
    expect(merged.bands.ctr[0]?.points.map((p) => p.round)).toEqual([0, 1, 2]);
    expect(merged.metrics).toEqual(['ctr', 'regret', 'ece']);
    expect(Object.keys(merged.bands)).toEqual(['ctr', 'regret', 'ece']);
  });
});

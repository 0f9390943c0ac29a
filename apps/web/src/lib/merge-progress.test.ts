import { describe, expect, it } from 'vitest';
import { mergeProgress } from './merge-progress';

const run = (id: string, currentRound: number) => ({ id, currentRound });
const held = {
  experiment: { status: 'running' },
  spec: { name: 'x' },
  runs: [run('a', 1), run('b', 0), run('c', 0)],
  cursor: '7',
};

describe('mergeProgress', () => {
  it('replaces the runs a poll sent, keeps the others (same objects) and their order', () => {
    const merged = mergeProgress(held, {
      experiment: { status: 'succeeded' },
      runs: [run('c', 3), run('a', 3)],
      cursor: '9',
      complete: false,
    });
    expect(merged).toEqual({
      experiment: { status: 'succeeded' },
      spec: { name: 'x' },
      runs: [run('a', 3), run('b', 0), run('c', 3)],
      cursor: '9',
    });
    expect(merged.runs[1]).toBe(held.runs[1]);
  });

  it('takes a complete poll as the whole list', () => {
    const merged = mergeProgress(held, {
      experiment: { status: 'running' },
      runs: [run('a', 2)],
      cursor: '1',
      complete: true,
    });
    expect(merged.runs).toEqual([run('a', 2)]);
  });
});

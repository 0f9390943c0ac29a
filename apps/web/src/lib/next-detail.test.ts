import { describe, expect, it } from 'vitest';
import { nextDetail } from './next-detail';

const run = (id: string, status: string, currentRound: number) => ({ id, status, currentRound });
const detail = (status: string, runs: ReturnType<typeof run>[], cursor: string) => ({
  experiment: { status },
  runs,
  cursor,
});

/** Reads that answer as given and record what was asked. */
function reads(
  whole: ReturnType<typeof detail>,
  poll: ReturnType<typeof detail> & { complete: boolean },
) {
  const asked: string[] = [];
  return {
    asked,
    whole: async () => {
      asked.push('whole');
      return whole;
    },
    progress: async (since: string) => {
      asked.push(`progress since ${since}`);
      return poll;
    },
  };
}

describe('nextDetail', () => {
  // A held state 3 rounds of 7 into its one run: 43%.
  const held = detail('running', [run('a', 'running', 3)], '5');
  const finished = detail('succeeded', [run('a', 'succeeded', 7)], '9');

  it('reads the whole experiment when nothing is held', async () => {
    const r = reads(finished, { ...held, complete: false });
    await expect(nextDetail(undefined, r)).resolves.toBe(finished);
    expect(r.asked).toEqual(['whole']);
  });

  it('merges a poll of a running experiment into what is held', async () => {
    const r = reads(finished, {
      ...detail('running', [run('a', 'running', 4)], '6'),
      complete: false,
    });
    await expect(nextDetail(held, r)).resolves.toEqual(
      detail('running', [run('a', 'running', 4)], '6'),
    );
    expect(r.asked).toEqual(['progress since 5']);
  });

  it('takes a finished experiment from one whole read, even when the poll missed its last change', async () => {
    // The poll says succeeded but carries no run (its change was missed): merged, the run
    // would stay at round 3 of 7 under a succeeded experiment.
    const r = reads(finished, { ...detail('succeeded', [], '9'), complete: false });
    const next = await nextDetail(held, r);
    expect(next).toBe(finished);
    expect(next.runs).toEqual([run('a', 'succeeded', 7)]);
    expect(r.asked).toEqual(['progress since 5', 'whole']);
  });

  it('reads a cancelled experiment whole too, each poll while its runs still stop', async () => {
    const stopping = detail('cancelled', [run('a', 'running', 4)], '8');
    const r = reads(stopping, { ...detail('cancelled', [], '8'), complete: false });
    await expect(nextDetail(held, r)).resolves.toBe(stopping);
    expect(r.asked).toEqual(['progress since 5', 'whole']);
  });
});

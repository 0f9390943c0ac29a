import { tinySpec } from '@goodhart/store/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { testApi } from './test-helpers';

let api: ReturnType<typeof testApi>;
afterEach(async () => {
  await api?.done();
});

const bin = { lower: 0.5, upper: 1, meanPredicted: 0.75, fractionPositive: 0.5, count: 4 };

/**
 * Submits the tiny spec (arms popular and random, seeds 1 and 2) and works its runs by hand:
 * popular's two seeds succeed with details, random seed 1 fails, random seed 2 stays running.
 */
async function experimentWithDetails(): Promise<string> {
  api = testApi();
  const { experiment } = await api.caller.experiments.submit({ spec: tinySpec() });
  for (;;) {
    const claim = await api.store.claimRun('hand');
    if (claim === null) break;
    if (claim.arm === 'random') {
      if (claim.seed === 1) await api.store.finishRun(claim, { status: 'failed', error: 'boom' });
      continue;
    }
    await api.store.finishRun(claim, {
      status: 'succeeded',
      backend: 'cpu',
      summary: { ctr: 0.1 },
      rounds: [{ round: 0, metrics: { ctr: 0.1 } }],
      details: {
        reliability: [{ ...bin, count: claim.seed }],
        supply: [{ round: 0, meanQuality: claim.seed / 10, clickbaitShare: Number.NaN }],
      },
    });
  }
  return experiment.id;
}

describe('experiments.details', () => {
  it("returns each succeeded run's reliability bins and supply, and nothing for the others", async () => {
    const id = await experimentWithDetails();
    const { runs } = await api.caller.experiments.details({ id });
    expect(runs.map(({ key, arm, seed, params }) => ({ key, arm, seed, params }))).toEqual([
      { key: 'arm=popular|seed=1', arm: 'popular', seed: 1, params: {} },
      { key: 'arm=popular|seed=2', arm: 'popular', seed: 2, params: {} },
    ]);
    expect(runs[1]?.reliability).toEqual([{ ...bin, count: 2 }]);
    // NaN was stored as JSON null, and comes back as null.
    expect(runs[1]?.supply).toEqual([{ round: 0, meanQuality: 0.2, clickbaitShare: null }]);
    const all = await api.caller.experiments.get({ id });
    const succeeded = all.runs.filter((run) => run.status === 'succeeded');
    expect(all.runs.map((run) => run.status).sort()).toEqual([
      'failed',
      'running',
      'succeeded',
      'succeeded',
    ]);
    expect(runs.map((run) => run.runId)).toEqual(succeeded.map((run) => run.id));
  });

  it('refuses a malformed id and an unknown one', async () => {
    api = testApi();
    await expect(api.caller.experiments.details({ id: '../etc' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(api.caller.experiments.details({ id: '0123456789abcdef' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

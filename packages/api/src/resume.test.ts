import { tinySpec } from '@goodhart/store/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { finishRuns, rejection, testApi } from './test-helpers';

let api: ReturnType<typeof testApi>;
afterEach(async () => {
  await api?.done();
});

describe('experiments.resume', () => {
  it('queues again the runs a cancel stopped, once the running one has stopped', async () => {
    api = testApi();
    const { experiment } = await api.caller.experiments.submit({ spec: tinySpec() });
    const claim = await api.store.claimRun('w');
    if (claim === null) throw new Error('nothing to claim');
    await api.caller.experiments.cancel({ id: experiment.id });

    const early = await rejection(api.caller.experiments.resume({ id: experiment.id }));
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toMatch(/still has 1 running run\(s\) stopping/);

    await api.store.finishRun(claim, { status: 'cancelled' });
    const resumed = await api.caller.experiments.resume({ id: experiment.id });
    expect(resumed).toMatchObject({ requeued: 4, experiment: { status: 'queued' } });
    // Submitting the same spec again now finds it queued, not cancelled.
    const again = await api.caller.experiments.submit({ spec: tinySpec() });
    expect(again).toMatchObject({ created: false, experiment: { status: 'queued' } });
  });

  it('queues again only the failed runs of a failed experiment', async () => {
    api = testApi();
    const { experiment } = await api.caller.experiments.submit({ spec: tinySpec() });
    await finishRuns(api.store, (_, seed) => (seed === 1 ? 'fail' : { ctr: 0.5 }));
    expect((await api.caller.experiments.get({ id: experiment.id })).experiment.status).toBe(
      'failed',
    );
    const resumed = await api.caller.experiments.resume({ id: experiment.id });
    expect(resumed.requeued).toBe(2);
    const runs = (await api.caller.experiments.get({ id: experiment.id })).runs;
    expect(runs.filter((run) => run.status === 'queued').map((run) => run.seed)).toEqual([1, 1]);
    expect(runs.filter((run) => run.status === 'succeeded')).toHaveLength(2);
  });

  it('names a missing experiment, and needs the token when the server has one', async () => {
    api = testApi({ token: 'sekrit' });
    const spec = tinySpec();
    const { experiment } = await api.callerWith('Bearer sekrit').experiments.submit({ spec });
    const without = await rejection(api.callerWith().experiments.resume({ id: experiment.id }));
    expect(without.code).toBe('UNAUTHORIZED');
    const missing = await rejection(
      api.callerWith('Bearer sekrit').experiments.resume({ id: 'ffffffffffffffff' }),
    );
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toContain('ffffffffffffffff');
  });
});

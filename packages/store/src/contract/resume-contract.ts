import { expect, it } from 'vitest';
import { resumedNote } from '../records';
import { type ContractContext, claimOf, oneRun, submitTiny } from './context';

// Resuming a cancelled or failed experiment: its unfinished runs are queued again, finished
// ones are left as they are, and nothing moves while a cancelled run is still stopping.
export function registerResumeContract(context: ContractContext): void {
  it('resumes a cancelled experiment once its running runs have stopped', async () => {
    const { store } = context;
    const { experiment } = await submitTiny(store, {});
    const claim = await claimOf(store, experiment.id);
    await store.cancelExperiment(experiment.id);

    // One run is still stopping: nothing changes yet.
    const early = await store.resumeExperiment(experiment.id);
    expect(early).toMatchObject({ requeued: 0, stillRunning: 1 });
    expect(early?.experiment).toMatchObject({ status: 'cancelled', cancelled: true });
    expect(await store.claimRun('w2')).toBeNull();

    await store.finishRun(claim, { status: 'cancelled' });
    const resumed = await store.resumeExperiment(experiment.id);
    expect(resumed).toMatchObject({ requeued: 4, stillRunning: 0 });
    expect(resumed?.experiment).toMatchObject({ status: 'queued', cancelled: false });
    const runs = await store.listRuns(experiment.id);
    expect(runs.map((run) => run.status)).toEqual(['queued', 'queued', 'queued', 'queued']);
    // The run that had used an attempt gets as many again: 1 used of 3 -> 1 used of 4.
    expect(runs.find((run) => run.id === claim.runId)).toMatchObject({
      attempt: 1,
      maxAttempts: 4,
      finishedAt: null,
    });
    expect((await store.listLogs(claim.runId)).map((log) => log.message)).toContain(resumedNote);

    const again = await claimOf(store, experiment.id, 'w3');
    expect(await store.heartbeat(again)).toBe('active');
    expect(await store.resumeExperiment('0000000000000000')).toBeNull();
  });

  it('queues again only the failed runs of a failed experiment, with attempts renewed', async () => {
    const { store } = context;
    const seeds = { count: 2, base: 1 };
    const { experiment } = await submitTiny(store, { ...oneRun, seeds }, 1);
    const first = await claimOf(store, experiment.id);
    const rounds = [0, 1, 2].map((round) => ({ round, metrics: { ctr: 0.25 } }));
    const outcome = { status: 'succeeded' as const, backend: 'cpu', summary: {}, rounds };
    expect(await store.finishRun(first, outcome)).toBe(true);
    const second = await claimOf(store, experiment.id);
    expect(await store.finishRun(second, { status: 'failed', error: 'boom' })).toBe(true);
    expect((await store.getExperiment(experiment.id))?.status).toBe('failed');

    const resumed = await store.resumeExperiment(experiment.id);
    expect(resumed).toMatchObject({ requeued: 1, stillRunning: 0 });
    expect(resumed?.experiment.status).toBe('queued');
    const runs = await store.listRuns(experiment.id);
    expect(runs.find((run) => run.id === first.runId)).toMatchObject({ status: 'succeeded' });
    expect(runs.find((run) => run.id === second.runId)).toMatchObject({
      status: 'queued',
      error: null,
      attempt: 1,
      maxAttempts: 2,
    });
    // Out of attempts before (1 of 1), it is handed out again as attempt 2.
    const retried = await claimOf(store, experiment.id);
    expect(retried).toMatchObject({ runId: second.runId, attempt: 2 });
  });
}

import { parseSpec } from '@goodhart/experiment';
import { expect, it } from 'vitest';
import { prepareSubmission } from '../submission';
import { tinySpec } from '../testing/tiny-spec';
import { type ContractContext, oneRun, sleep, submitTiny } from './context';

export function registerRecordContract(context: ContractContext): void {
  it('stores an experiment with one queued run per arm x sweep point x seed', async () => {
    const { store } = context;
    const sweep = { axes: [{ path: 'rounds', values: [2, 3] }] };
    const { experiment, created } = await submitTiny(store, { sweep });
    expect(created).toBe(true);
    expect(experiment).toMatchObject({ status: 'queued', totalRuns: 8, cancelled: false });
    expect(experiment.counts).toEqual({
      queued: 8,
      running: 0,
      succeeded: 0,
      failed: 0,
      cancelled: 0,
    });
    expect(experiment.arms).toEqual(['popular', 'random']);

    const runs = await store.listRuns(experiment.id);
    expect(new Set(runs.map((run) => run.key)).size).toBe(8);
    expect(new Set(runs.map((run) => run.id)).size).toBe(8);
    // 2 sweep points x 2 seeds x 2 arms; the swept value decides each run's round count.
    expect(runs.map((run) => run.totalRounds)).toEqual([2, 2, 2, 2, 3, 3, 3, 3]);
    expect(runs[0]).toMatchObject({
      arm: 'popular',
      seed: 1,
      params: { rounds: 2 },
      status: 'queued',
      attempt: 0,
      maxAttempts: 3,
      currentRound: 0,
      latestMetrics: null,
      workerId: null,
    });
  });

  it('returns the existing experiment for the same spec, and queues nothing more', async () => {
    const { store, other } = context;
    const spec = tinySpec({ name: `twice ${Date.now()}` });
    const first = await store.submitExperiment(prepareSubmission(spec));
    const second = await other.submitExperiment(prepareSubmission(spec));
    expect(second.created).toBe(false);
    expect(second.experiment.id).toBe(first.experiment.id);
    expect(await store.listRuns(first.experiment.id)).toHaveLength(4);

    const stored = await store.getExperiment(first.experiment.id);
    expect(stored?.spec).toEqual(parseSpec(spec));
    expect(await store.getExperiment('0000000000000000')).toBeNull();
  });

  it('lists experiments newest first, filtered by status and limited', async () => {
    const { store } = context;
    const older = await submitTiny(store, oneRun);
    await sleep(5);
    const newer = await submitTiny(store, oneRun);
    await store.cancelExperiment(older.experiment.id);

    const [first] = await store.listExperiments({ limit: 1 });
    expect(first.id).toBe(newer.experiment.id);
    const cancelled = await store.listExperiments({ status: 'cancelled' });
    expect(cancelled.map((e) => e.id)).toContain(older.experiment.id);
    expect(cancelled.map((e) => e.id)).not.toContain(newer.experiment.id);
    expect(cancelled.every((e) => e.status === 'cancelled')).toBe(true);
  });

  it('keeps a run log in order', async () => {
    const { store } = context;
    const { experiment } = await submitTiny(store, oneRun);
    const [run] = await store.listRuns(experiment.id);
    await store.appendLog(run.id, 'info', 'first');
    await store.appendLog(run.id, 'warn', 'second');
    const logs = await store.listLogs(run.id);
    expect(logs.map((log) => [log.level, log.message])).toEqual([
      ['info', 'first'],
      ['warn', 'second'],
    ]);
    expect((await store.listLogs(run.id, 1)).map((log) => log.message)).toEqual(['second']);
  });
}

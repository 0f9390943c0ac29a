import { expect, it } from 'vitest';
import type { ClaimedRun } from '../claims';
import { itemAt } from '../testing/item-at';
import { type ContractContext, claimOf, oneRun, submitTiny } from './context';

export function registerQueueContract(context: ContractContext): void {
  it('hands each run to exactly one claimer, however many ask at once', async () => {
    const { store, other } = context;
    const sweep = { axes: [{ path: 'rounds', values: [2, 3] }] };
    const { experiment } = await submitTiny(store, { sweep });
    const claims = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? store : other).claimRun(`w${i}`)),
    );
    const held = claims.filter((claim): claim is ClaimedRun => claim !== null);
    expect(held).toHaveLength(8);
    expect(new Set(held.map((claim) => claim.runId)).size).toBe(8);
    expect(held.every((claim) => claim.attempt === 1 && claim.experimentId === experiment.id)).toBe(
      true,
    );
    expect(await store.claimRun('late')).toBeNull();

    const runs = await store.listRuns(experiment.id);
    expect(runs.every((run) => run.status === 'running' && run.workerId !== null)).toBe(true);
    expect((await store.getExperiment(experiment.id))?.status).toBe('running');
  });

  it('hands the worker the stored run spec', async () => {
    const { store } = context;
    const { experiment } = await submitTiny(store, oneRun);
    const claim = await claimOf(store, experiment.id);
    expect(claim.runSpec).toMatchObject({ key: claim.key, arm: 'popular', seed: 1 });
    expect(claim.totalRounds).toBe(3);
  });

  it('stores each round once, however often it is written, and shows progress', async () => {
    const { store } = context;
    const { experiment } = await submitTiny(store, oneRun);
    const claim = await claimOf(store, experiment.id);
    expect(
      await store.recordRound(claim, { round: 0, completedRounds: 1, metrics: { ctr: 0.5 } }),
    ).toBe('active');
    await store.recordRound(claim, { round: 0, completedRounds: 1, metrics: { ctr: 0.6 } });
    await store.recordRound(claim, {
      round: 1,
      completedRounds: 2,
      metrics: { ctr: 0.7, welfare: Number.NaN },
    });

    const rounds = await store.listRoundMetrics(experiment.id);
    expect(rounds).toEqual([
      { runId: claim.runId, round: 0, metrics: { ctr: 0.6 } },
      { runId: claim.runId, round: 1, metrics: { ctr: 0.7, welfare: null } },
    ]);
    const run = itemAt(await store.listRuns(experiment.id), 0, 'the run');
    expect(run).toMatchObject({
      currentRound: 2,
      totalRounds: 3,
      latestMetrics: { ctr: 0.7, welfare: null },
    });
    expect(run.heartbeatAt).not.toBeNull();
  });

  it('records a success once, keeping exactly the winning attempt rounds', async () => {
    const { store } = context;
    const { experiment } = await submitTiny(store, oneRun);
    const claim = await claimOf(store, experiment.id);
    await store.recordRound(claim, { round: 0, completedRounds: 1, metrics: { ctr: 0.1 } });
    await store.recordRound(claim, { round: 7, completedRounds: 8, metrics: { ctr: 9 } });
    const rounds = [0, 1, 2].map((round) => ({ round, metrics: { ctr: round / 10 } }));
    const outcome = {
      status: 'succeeded' as const,
      backend: 'cpu',
      summary: { ctr: 0.2 },
      rounds,
      details: { reliability: [] },
    };
    expect(await store.finishRun(claim, outcome)).toBe(true);
    expect(await store.finishRun(claim, outcome)).toBe(false);
    expect(
      await store.recordRound(claim, { round: 3, completedRounds: 4, metrics: { ctr: 1 } }),
    ).toBe('lost');

    expect(await store.listRoundMetrics(experiment.id)).toEqual(
      rounds.map((r) => ({ runId: claim.runId, ...r })),
    );
    const run = itemAt(await store.listRuns(experiment.id), 0, 'the run');
    expect(run).toMatchObject({
      status: 'succeeded',
      backend: 'cpu',
      summary: { ctr: 0.2 },
      currentRound: 3,
    });
    expect(run.finishedAt).not.toBeNull();
    expect(await store.listRunResults(experiment.id)).toEqual([
      { runId: claim.runId, backend: 'cpu', summary: { ctr: 0.2 }, details: { reliability: [] } },
    ]);
    expect((await store.getExperiment(experiment.id))?.status).toBe('succeeded');
  });

  it('marks a run that threw as failed with its error', async () => {
    const { store } = context;
    const { experiment } = await submitTiny(store, oneRun);
    const claim = await claimOf(store, experiment.id);
    const stack = 'Error: boom: bad shape\n    at runRun (run-run.ts:20:5)';
    const failed = { status: 'failed' as const, error: 'boom: bad shape', stack };
    expect(await store.finishRun(claim, failed)).toBe(true);
    const [run] = await store.listRuns(experiment.id);
    // The error column holds the one line; the stack goes under the failure's log line.
    expect(run).toMatchObject({ status: 'failed', error: 'boom: bad shape' });
    expect((await store.getExperiment(experiment.id))?.status).toBe('failed');
    const logs = await store.listLogs(claim.runId);
    expect(logs.at(-1)).toMatchObject({
      level: 'error',
      message: `attempt ${claim.attempt} failed: boom: bad shape`,
      detail: stack,
    });
  });

  it('cancels: queued runs never start, running ones are told to stop', async () => {
    const { store } = context;
    const { experiment } = await submitTiny(store, {});
    const claim = await claimOf(store, experiment.id);
    const result = await store.cancelExperiment(experiment.id);
    expect(result).toMatchObject({ cancelledQueued: 3, stoppingRunning: 1 });
    expect(result?.experiment).toMatchObject({ status: 'cancelled', cancelled: true });
    expect(await store.claimRun('w2')).toBeNull();
    expect(await store.heartbeat(claim)).toBe('cancelled');
    expect(await store.recordRound(claim, { round: 0, completedRounds: 1, metrics: {} })).toBe(
      'cancelled',
    );
    expect(await store.finishRun(claim, { status: 'cancelled' })).toBe(true);

    const runs = await store.listRuns(experiment.id);
    expect(runs.map((run) => run.status)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect((await store.cancelExperiment(experiment.id))?.cancelledQueued).toBe(0);
    expect(await store.cancelExperiment('0000000000000000')).toBeNull();
  });

  it('takes a released run back without using up an attempt', async () => {
    const { store } = context;
    const { experiment } = await submitTiny(store, oneRun);
    const first = await claimOf(store, experiment.id);
    await store.recordRound(first, { round: 0, completedRounds: 1, metrics: { ctr: 0.5 } });
    await store.releaseRun(first);
    const [queued] = await store.listRuns(experiment.id);
    // Queued again with no progress shown: the next attempt starts from round 0.
    expect(queued).toMatchObject({
      status: 'queued',
      attempt: 1,
      maxAttempts: 4,
      workerId: null,
      currentRound: 0,
      latestMetrics: null,
    });

    const second = await claimOf(store, experiment.id, 'w2');
    expect(second).toMatchObject({ runId: first.runId, attempt: 2 });
    // Its log says why it does not resume from the stored round.
    const logs = (await store.listLogs(first.runId)).map((log) => log.message);
    expect(logs).toContainEqual(
      expect.stringMatching(/^attempt 2 starts from round 0, not round 1: .* not checkpointed/),
    );
    expect(await store.heartbeat(first)).toBe('lost');
    expect(await store.heartbeat(second)).toBe('active');
    expect(await store.finishRun(first, { status: 'failed', error: 'stale' })).toBe(false);
  });
}

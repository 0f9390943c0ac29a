import type { ClaimedRun, Store } from '@goodhart/store';
import { prepareSubmission } from '@goodhart/store/submission';
import { itemAt, tinySpec } from '@goodhart/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRuns } from '../serve-runs';
import { ThreadExecutor } from '../thread-executor';
import type { ExecuteHooks, RunExecutor } from '../types';

export interface StoreFixture {
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

/** The real runner in real threads, with a test's own step wrapped around each call. */
function around(
  inner: RunExecutor,
  step: (
    claim: ClaimedRun,
    hooks: ExecuteHooks,
    next: () => ReturnType<RunExecutor['execute']>,
  ) => ReturnType<RunExecutor['execute']>,
): RunExecutor {
  return {
    execute: (claim, hooks) => step(claim, hooks, () => inner.execute(claim, hooks)),
    close: async () => {},
  };
}

/** Wraps onRound: `after` sees the store once the round is stored. */
function afterEachRound(
  hooks: ExecuteHooks,
  after: (round: number) => Promise<void> | void,
): ExecuteHooks {
  return {
    signal: hooks.signal,
    onRound: async (record) => {
      await hooks.onRound(record);
      await after(record.round);
    },
  };
}

const mfArms = [
  {
    name: 'click',
    model: { kind: 'mf', heads: { click: { loss: 'bce' } } },
    decision: { weights: { click: 1 } },
  },
];

/**
 * The worker against one store implementation, with the real runner on tiny specs: several
 * runs at once, progress while running, cancellation, failures, graceful shutdown.
 */
export function registerWorkerSuite(name: string, makeFixture: () => StoreFixture): void {
  describe(`worker on ${name}`, () => {
    let fixture: StoreFixture;
    let store: Store;
    const threads = new ThreadExecutor();

    beforeAll(async () => {
      fixture = makeFixture();
      store = await fixture.open();
    });
    afterAll(async () => {
      await threads.close();
      await store?.close();
      await fixture?.cleanup();
    });

    it('runs a sweep to completion, up to its concurrency at once, with progress while it runs', async () => {
      const submission = prepareSubmission(
        tinySpec({ name: `sweep ${name}`, sweep: { axes: [{ path: 'rounds', values: [2, 3] }] } }),
      );
      await store.submitExperiment(submission);
      let inFlight = 0;
      let mostInFlight = 0;
      const seenWhileRunning: { status: string; currentRound: number; ctr: unknown }[] = [];
      let workersWhileRunning: { id: string; concurrency: number }[] = [];
      const executor = around(threads, async (claim, hooks, _next) => {
        inFlight += 1;
        workersWhileRunning = await store.listWorkers();
        mostInFlight = Math.max(mostInFlight, inFlight);
        try {
          return await threads.execute(
            claim,
            afterEachRound(hooks, async () => {
              const run = (await store.listRuns(claim.experimentId)).find(
                (r) => r.id === claim.runId,
              );
              seenWhileRunning.push({
                status: run?.status ?? '',
                currentRound: run?.currentRound ?? 0,
                ctr: run?.latestMetrics?.ctr,
              });
            }),
          );
        } finally {
          inFlight -= 1;
        }
      });
      const report = await serveRuns({
        store,
        concurrency: 2,
        exitWhenIdle: true,
        executor,
        workerId: 'w-sweep',
      });

      expect(report.runs).toMatchObject({ succeeded: 8, failed: 0, lost: 0 });
      expect(mostInFlight).toBe(2);
      // It reported in while it worked, and took its entry away when it stopped.
      expect(workersWhileRunning).toContainEqual(
        expect.objectContaining({ id: 'w-sweep', concurrency: 2 }),
      );
      expect((await store.listWorkers()).map((w) => w.id)).not.toContain('w-sweep');
      // 4 runs of 2 rounds and 4 of 3.
      expect(seenWhileRunning.length).toBe(4 * 2 + 4 * 3);
      expect(
        seenWhileRunning.every(
          (s) => s.status === 'running' && s.currentRound >= 1 && typeof s.ctr === 'number',
        ),
      ).toBe(true);
      const runs = await store.listRuns(submission.id);
      const rounds = await store.listRoundMetrics(submission.id);
      for (const run of runs) {
        expect(run).toMatchObject({
          status: 'succeeded',
          attempt: 1,
          workerId: 'w-sweep',
          currentRound: run.totalRounds,
        });
        expect(run.summary?.ctr).toEqual(expect.any(Number));
        const own = rounds.filter((r) => r.runId === run.id).map((r) => r.round);
        expect(own).toEqual([...Array(run.totalRounds).keys()]);
      }
      // Each run's log: the store's claim line, the worker's start, a line per round, the end.
      const run = itemAt(runs, 0, 'the first run');
      const log = (await store.listLogs(run.id)).map((line) => line.message);
      expect(log).toEqual([
        'attempt 1 started by worker w-sweep',
        `running ${run.key}, attempt 1: ${run.totalRounds} rounds on worker w-sweep`,
        ...[...Array(run.totalRounds).keys()].map((round) =>
          expect.stringMatching(
            new RegExp(
              `^round ${round} stored \\(${round + 1} of ${run.totalRounds}\\) after \\d+\\.\\d s: relevanceAucPerUser [0-9.]+, ndcgAt10 [0-9.]+, ctr [0-9.]+$`,
            ),
          ),
        ),
        expect.stringMatching(
          new RegExp(
            `^ran ${run.totalRounds} of ${run.totalRounds} rounds in \\d+\\.\\d s on the \\S+ backend$`,
          ),
        ),
        'attempt 1 succeeded',
      ]);
    });

    it('cancels: the running run stops at the next round, queued runs never start', async () => {
      const submission = prepareSubmission(
        tinySpec({ name: `cancel ${name}`, rounds: 6, seeds: { count: 3, base: 1 }, arms: mfArms }),
      );
      await store.submitExperiment(submission);
      const executor = around(threads, (claim, hooks) =>
        threads.execute(
          claim,
          afterEachRound(hooks, async (round) => {
            if (round === 0) await store.cancelExperiment(claim.experimentId);
          }),
        ),
      );
      const report = await serveRuns({ store, concurrency: 1, exitWhenIdle: true, executor });

      expect(report.runs).toMatchObject({ cancelled: 1, succeeded: 0 });
      const [first, ...rest] = await store.listRuns(submission.id);
      // The cancel lands just after round 0 is stored. The worker learns of it when it stores
      // round 1 (or from a heartbeat, before round 1 starts) and starts no round after that.
      expect(first).toMatchObject({ status: 'cancelled', attempt: 1, totalRounds: 6 });
      expect([1, 2]).toContain(first?.currentRound);
      expect(rest.map((run) => [run.status, run.attempt, run.startedAt])).toEqual([
        ['cancelled', 0, null],
        ['cancelled', 0, null],
      ]);
      expect((await store.getExperiment(submission.id))?.status).toBe('cancelled');
      expect(
        (await store.listLogs(itemAt(await store.listRuns(submission.id), 0, 'the first run').id))
          .slice(-2)
          .map((line) => line.message),
      ).toEqual([
        expect.stringMatching(
          /^stopping after [12] of 6 rounds \(\d+\.\d s\): the experiment was cancelled$/,
        ),
        'attempt 1 cancelled',
      ]);
    });

    it('marks a run that throws as failed with its error and goes on with the next', async () => {
      const submission = prepareSubmission(tinySpec({ name: `failure ${name}` }));
      await store.submitExperiment(submission);
      const executor = around(threads, (claim, _hooks, next) =>
        claim.key === 'arm=random|seed=1'
          ? Promise.reject(new RangeError('injected failure'))
          : next(),
      );
      const report = await serveRuns({ store, concurrency: 1, exitWhenIdle: true, executor });

      expect(report.runs).toMatchObject({ failed: 1, succeeded: 3 });
      const runs = await store.listRuns(submission.id);
      expect(runs.map((run) => [run.key, run.status, run.error])).toEqual([
        ['arm=popular|seed=1', 'succeeded', null],
        ['arm=random|seed=1', 'failed', 'RangeError: injected failure'],
        ['arm=popular|seed=2', 'succeeded', null],
        ['arm=random|seed=2', 'succeeded', null],
      ]);
      const failedRun = itemAt(runs, 1, 'the failed run');
      expect(failedRun.attempt).toBe(1);
      // The log holds the error and, under it, its stack, for the dashboard's run view.
      const [stopping, failed] = (await store.listLogs(failedRun.id)).slice(-2);
      expect(stopping?.message).toMatch(
        /^stopping after 0 of 3 rounds \(\d+\.\d s\): the run threw an error$/,
      );
      expect(failed).toMatchObject({
        level: 'error',
        message: 'attempt 1 failed: RangeError: injected failure',
        detail: expect.stringMatching(/^RangeError: injected failure\n\s+at /),
      });
    });

    it('on shutdown puts held runs back in the queue, and another worker finishes them', async () => {
      const submission = prepareSubmission(
        tinySpec({
          name: `shutdown ${name}`,
          rounds: 4,
          seeds: { count: 2, base: 1 },
          arms: mfArms,
        }),
      );
      await store.submitExperiment(submission);
      const shutdown = new AbortController();
      const executor = around(threads, (claim, hooks) =>
        threads.execute(
          claim,
          afterEachRound(hooks, () => shutdown.abort()),
        ),
      );
      const first = await serveRuns({ store, concurrency: 2, executor, signal: shutdown.signal });
      expect(first.runs).toMatchObject({ released: 2, succeeded: 0 });
      const released = await store.listRuns(submission.id);
      expect(released.map((run) => [run.status, run.attempt, run.maxAttempts])).toEqual([
        ['queued', 1, 4],
        ['queued', 1, 4],
      ]);
      expect(
        (await store.listLogs(itemAt(released, 0, 'a released run').id)).at(-2)?.message,
      ).toMatch(
        /^stopping after 1 of 4 rounds \(\d+\.\d s\): the worker is shutting down; the run goes back to the queue$/,
      );

      const second = await serveRuns({
        store,
        concurrency: 2,
        exitWhenIdle: true,
        executor: threads,
      });
      expect(second.runs.succeeded).toBe(2);
      const done = await store.listRuns(submission.id);
      expect(done.map((run) => [run.status, run.attempt, run.currentRound])).toEqual([
        ['succeeded', 2, 4],
        ['succeeded', 2, 4],
      ]);
      expect(await store.listRoundMetrics(submission.id)).toHaveLength(8);
    });
  });
}

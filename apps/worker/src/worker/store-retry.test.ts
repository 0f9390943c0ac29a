import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunResult } from '@goodhart/experiment';
import { type ClaimedRun, SqliteStore, type Store } from '@goodhart/store';
import { prepareSubmission } from '@goodhart/store/submission';
import { itemAt, tinySpec } from '@goodhart/store/testing';
import { describe, expect, it } from 'vitest';
import { runAttempt } from './run-attempt';
import { withStoreRetry } from './store-retry';
import type { RunExecutor } from './types';

const blip = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('withStoreRetry', () => {
  it('tries a transient failure again after each delay, and gives up after the last', async () => {
    let calls = 0;
    const waits: number[] = [];
    const value = await withStoreRetry(
      async () => {
        calls += 1;
        if (calls < 3) throw blip();
        return 'stored';
      },
      { delaysMs: [1, 2, 3], onRetry: (_error, wait) => waits.push(wait) },
    );
    expect(value).toBe('stored');
    expect(waits).toEqual([1, 2]);
    await expect(
      withStoreRetry(
        async () => {
          throw blip();
        },
        { delaysMs: [1, 1] },
      ),
    ).rejects.toThrow('ECONNREFUSED');
  });

  it('does not retry an error that is not transient', async () => {
    let calls = 0;
    await expect(
      withStoreRetry(
        async () => {
          calls += 1;
          throw new Error('syntax error at or near "SELEC"');
        },
        { delaysMs: [1, 1] },
      ),
    ).rejects.toThrow('syntax error');
    expect(calls).toBe(1);
  });
});

// A store whose writes fail twice, as they do while PostgreSQL restarts: the attempt goes on
// and ends succeeded with every round stored, instead of being abandoned at the first failure.
it('keeps an attempt through a database blip, every round stored once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-retry-'));
  const real = new SqliteStore({ file: join(dir, 'goodhart.sqlite') });
  try {
    const submission = prepareSubmission(
      tinySpec({
        seeds: { count: 1, base: 1 },
        arms: [{ name: 'random', model: { kind: 'random' } }],
      }),
    );
    await real.submitExperiment(submission);
    let failures = 2;
    const flaky: Store = Object.assign(Object.create(real) as Store, {
      recordRound: (claim: ClaimedRun, round: Parameters<Store['recordRound']>[1]) => {
        if (failures > 0) {
          failures -= 1;
          return Promise.reject(blip());
        }
        return real.recordRound(claim, round);
      },
    });
    const executor: RunExecutor = {
      async execute(claim, hooks) {
        const rounds = [0, 1, 2].map((round) => ({ round, metrics: { ctr: round / 10 } }));
        for (const record of rounds) await hooks.onRound(record);
        return {
          key: claim.key,
          group: claim.group,
          arm: claim.arm,
          seed: claim.seed,
          params: {},
          backend: 'cpu',
          rounds,
          summary: {},
        } satisfies RunResult;
      },
      close: async () => {},
    };
    const claim = (await real.claimRun('w')) as ClaimedRun;
    const result = await runAttempt(
      flaky,
      executor,
      claim,
      new AbortController().signal,
      [1, 1, 1],
    );
    expect(result).toEqual({ end: 'succeeded' });
    expect(failures).toBe(0);
    const run = itemAt(await real.listRuns(submission.id), 0, 'the run');
    expect(run).toMatchObject({ status: 'succeeded', attempt: 1, currentRound: 3 });
    expect((await real.listRoundMetrics(submission.id)).map((r) => r.round)).toEqual([0, 1, 2]);
    // The log says the run waited, and that it went on in the same attempt.
    const warnings = (await real.listLogs(run.id)).filter((log) => log.level === 'warn');
    expect(warnings.map((log) => log.message)).toEqual([
      expect.stringMatching(/^storing round 0 waited [0-9.]+ s for the store .* attempt went on$/),
    ]);
  } finally {
    await real.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

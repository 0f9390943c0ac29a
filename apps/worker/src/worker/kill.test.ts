import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore, SqliteStore, type Store } from '@goodhart/store';
import { prepareSubmission } from '@goodhart/store/submission';
import { dropTestSchema, testDatabaseUrl, tinySpec, uniqueSchema } from '@goodhart/store/testing';
import { describe, expect, it } from 'vitest';
import { startWorkerProcess, type WorkerProcess } from './testing/worker-process';

// kill -9 a worker process in the middle of a run: another worker process must finish that
// run, and every run must end succeeded exactly once with every round stored exactly once.

const mf = (name: string, heads: Record<string, unknown>, weights: Record<string, number>) => ({
  name,
  model: { kind: 'mf', heads },
  decision: { weights },
});

/** 2 arms x 2 sweep points x 2 seeds = 8 runs, each some seconds of real training. */
const killSpec = (name: string) =>
  tinySpec({
    name: `kill ${name} ${Date.now()}`,
    world: { numUsers: 60, numItems: 40, numCreators: 4 },
    seeds: { count: 2, base: 1 },
    arms: [
      mf('click', { click: { loss: 'bce' } }, { click: 1 }),
      mf(
        'both',
        { click: { loss: 'bce' }, satisfaction: { loss: 'bce' } },
        { click: 1, satisfaction: 1 },
      ),
    ],
    sweep: { axes: [{ path: 'rounds', values: [5, 6] }] },
  });

interface Setup {
  store: Store;
  env: NodeJS.ProcessEnv;
  cleanup(): Promise<void>;
}

function registerKillTest(name: string, setup: () => Promise<Setup>): void {
  describe(`kill -9 on ${name}`, () => {
    it('loses no run and counts none twice when a worker dies mid-run', async () => {
      const { store, env, cleanup } = await setup();
      const workers: WorkerProcess[] = [];
      try {
        const submission = prepareSubmission(killSpec(name));
        await store.submitExperiment(submission);
        const victim = startWorkerProcess('victim', env);
        const survivor = startWorkerProcess('survivor', env);
        workers.push(victim, survivor);

        const held = await waitFor(
          async () => {
            const runs = await store.listRuns(submission.id);
            const mine = runs.filter((r) => r.workerId === 'victim' && r.status === 'running');
            return mine.some((r) => r.currentRound >= 1) ? mine : null;
          },
          60_000,
          () => victim.output(),
        );
        victim.child.kill('SIGKILL');
        expect(await victim.exited).toBe('SIGKILL');

        const runs = await waitFor(
          async () => {
            const all = await store.listRuns(submission.id);
            return all.every((r) => r.status !== 'queued' && r.status !== 'running') ? all : null;
          },
          90_000,
          () => survivor.output(),
        );
        survivor.child.kill('SIGTERM');
        expect(await survivor.exited).toBe(0);

        expect(runs).toHaveLength(8);
        expect(runs.map((r) => r.status)).toEqual(Array(8).fill('succeeded'));
        for (const lost of held) {
          const run = runs.find((r) => r.id === lost.id);
          expect(run).toMatchObject({ workerId: 'survivor', attempt: 2 });
          const logs = (await store.listLogs(lost.id)).map((l) => l.message);
          expect(logs).toContain('attempt 1 lost: worker victim stopped heartbeating');
        }
        const rounds = await store.listRoundMetrics(submission.id);
        for (const run of runs) {
          const own = rounds.filter((r) => r.runId === run.id).map((r) => r.round);
          expect(own).toEqual([...Array(run.totalRounds).keys()]);
          const logs = (await store.listLogs(run.id)).map((l) => l.message);
          expect(logs.filter((m) => m.endsWith(' succeeded'))).toHaveLength(1);
        }
        expect((await store.getExperiment(submission.id))?.status).toBe('succeeded');
      } finally {
        for (const worker of workers) worker.child.kill('SIGKILL');
        await Promise.all(workers.map((w) => w.exited));
        await store.close();
        await cleanup();
      }
    }, 180_000);
  });
}

async function waitFor<T>(
  probe: () => Promise<T | null>,
  timeoutMs: number,
  log: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await probe();
    if (found !== null) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms; worker said:\n${log()}`);
}

registerKillTest('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-kill-'));
  return {
    store: new SqliteStore({ file: join(dir, 'goodhart.sqlite') }),
    env: { GOODHART_DATA_DIR: dir, DATABASE_URL: '', GOODHART_LEASE_SECONDS: '2' },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

const databaseUrl = testDatabaseUrl();
if (databaseUrl !== undefined) {
  registerKillTest('postgres', async () => {
    const schema = uniqueSchema('gh_kill');
    return {
      store: new PostgresStore({ connectionString: databaseUrl, schema, heartbeatSeconds: 10 }),
      env: { DATABASE_URL: databaseUrl, GOODHART_DB_SCHEMA: schema, GOODHART_LEASE_SECONDS: '10' },
      cleanup: () => dropTestSchema(databaseUrl, schema),
    };
  });
}

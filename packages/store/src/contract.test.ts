import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { registerStoreContract } from './contract';
import { PostgresStore } from './postgres/postgres-store';
import { SqliteStore } from './sqlite/sqlite-store';
import { prepareSubmission } from './submission';
import { itemAt } from './testing/item-at';
import { dropTestSchema, testDatabaseUrl, uniqueSchema } from './testing/test-database';
import { tinySpec } from './testing/tiny-spec';

registerStoreContract('sqlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-store-'));
  const file = join(dir, 'goodhart.sqlite');
  const leaseMs = 2_000;
  return {
    open: async () => new SqliteStore({ file, leaseMs }),
    openAnother: async () => new SqliteStore({ file, leaseMs }),
    lostAfterMs: leaseMs,
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

const databaseUrl = testDatabaseUrl();
if (databaseUrl !== undefined) {
  registerStoreContract('postgres', () => {
    const schema = uniqueSchema();
    const open = async () => {
      const store = new PostgresStore({
        connectionString: databaseUrl,
        schema,
        heartbeatSeconds: 10,
        superviseIntervalSeconds: 1,
      });
      await store.start();
      return store;
    };
    return {
      open,
      openAnother: open,
      lostAfterMs: 12_000,
      cleanup: () => dropTestSchema(databaseUrl, schema),
    };
  });

  describe('postgres store', () => {
    it('deletes the queue jobs of cancelled runs in the cancel, so none waits behind them', async () => {
      const schema = uniqueSchema();
      const store = new PostgresStore({ connectionString: databaseUrl, schema });
      try {
        const submission = prepareSubmission(tinySpec({ name: `cancel jobs ${Date.now()}` }));
        await store.submitExperiment(submission);
        const ids = (await store.listRuns(submission.id)).map((run) => run.id);
        expect(await store.queuedJobs(ids)).toBe(4);
        expect(await store.cancelExperiment(submission.id)).toMatchObject({ cancelledQueued: 4 });
        expect(await store.queuedJobs(ids)).toBe(0);
        // A later experiment is the next thing a worker gets.
        const next = prepareSubmission(tinySpec({ name: `after cancel ${Date.now()}` }));
        await store.submitExperiment(next);
        expect((await store.claimRun('w'))?.experimentId).toBe(next.id);
      } finally {
        await store.close();
        await dropTestSchema(databaseUrl, schema);
      }
    });

    it('misses no run changed by a transaction that began before a poll and committed after it', async () => {
      const schema = uniqueSchema();
      const store = new PostgresStore({ connectionString: databaseUrl, schema });
      const writer = new pg.Client({ connectionString: databaseUrl });
      try {
        const submission = prepareSubmission(tinySpec({ name: `late commit ${Date.now()}` }));
        await store.submitExperiment(submission);
        const runs = await store.listRuns(submission.id);
        const early = itemAt(runs, 0, 'the first run');
        const late = itemAt(runs, 1, 'the second run');
        const first = await store.listRunChanges(submission.id);
        // A writer opens its transaction (and takes its id) first...
        await writer.connect();
        await writer.query('BEGIN');
        await writer.query(`UPDATE ${schema}.runs SET current_round = 2 WHERE id = $1`, [late.id]);
        // ...another change commits, and a poll sees it while the first is still open...
        const claim = await store.claimRun('w');
        expect(claim?.runId).toBe(early.id);
        const during = await store.listRunChanges(submission.id, first.cursor);
        expect(during.runs.map((run) => run.id)).toEqual([early.id]);
        // ...then the first commits: an id below the largest seen, and the next poll has it.
        await writer.query('COMMIT');
        const after = await store.listRunChanges(submission.id, during.cursor);
        expect(after.runs.find((run) => run.id === late.id)?.currentRound).toBe(2);
      } finally {
        await writer.end();
        await store.close();
        await dropTestSchema(databaseUrl, schema);
      }
    });

    it('heartbeats as often as the queue needs, whichever process created the queue', async () => {
      const schema = uniqueSchema();
      const first = new PostgresStore({
        connectionString: databaseUrl,
        schema,
        heartbeatSeconds: 10,
      });
      const second = new PostgresStore({
        connectionString: databaseUrl,
        schema,
        heartbeatSeconds: 60,
      });
      try {
        await first.start();
        await second.start();
        expect(second.heartbeatIntervalMs).toBe(2_500);
      } finally {
        await second.close();
        await first.close();
        await dropTestSchema(databaseUrl, schema);
      }
    });
  });
}

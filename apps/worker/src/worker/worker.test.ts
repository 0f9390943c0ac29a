import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore, SqliteStore } from '@goodhart/store';
import { dropTestSchema, testDatabaseUrl, uniqueSchema } from '@goodhart/store/testing';
import { registerWorkerSuite } from './testing/worker-suite';

registerWorkerSuite('sqlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-worker-'));
  return {
    open: async () => new SqliteStore({ file: join(dir, 'goodhart.sqlite') }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

const databaseUrl = testDatabaseUrl();
if (databaseUrl !== undefined) {
  registerWorkerSuite('postgres', () => {
    const schema = uniqueSchema('gh_worker');
    return {
      open: async () =>
        new PostgresStore({ connectionString: databaseUrl, schema, heartbeatSeconds: 10 }),
      cleanup: () => dropTestSchema(databaseUrl, schema),
    };
  });
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerStoreContract } from './contract';
import { PostgresStore } from './postgres/postgres-store';
import { SqliteStore } from './sqlite/sqlite-store';
import { dropTestSchema, testDatabaseUrl, uniqueSchema } from './testing/test-database';

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
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultStoreFile, openStore, storeOptionsFromEnv } from './open-store';
import { PostgresStore } from './postgres/postgres-store';
import { SqliteStore } from './sqlite/sqlite-store';

describe('storeOptionsFromEnv', () => {
  it('reads the database URL, schema, data directory and lease', () => {
    expect(
      storeOptionsFromEnv({
        DATABASE_URL: 'postgres://u@h/db',
        GOODHART_DB_SCHEMA: 'lab',
        GOODHART_DATA_DIR: '/data',
        GOODHART_LEASE_SECONDS: '4',
      }),
    ).toEqual({
      databaseUrl: 'postgres://u@h/db',
      schema: 'lab',
      file: '/data/goodhart.sqlite',
      leaseMs: 4000,
      // pg-boss heartbeats are at least 10 seconds.
      heartbeatSeconds: 10,
    });
  });

  it('leaves everything to the defaults when nothing is set, and rejects a bad lease', () => {
    expect(storeOptionsFromEnv({})).toEqual({
      databaseUrl: undefined,
      schema: undefined,
      file: undefined,
      leaseMs: undefined,
      heartbeatSeconds: undefined,
    });
    expect(() => storeOptionsFromEnv({ GOODHART_LEASE_SECONDS: 'soon' })).toThrow(
      'GOODHART_LEASE_SECONDS must be a positive number',
    );
  });
});

describe('openStore', () => {
  it('opens the SQLite file by default and PostgreSQL for a postgres:// URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goodhart-open-'));
    const sqlite = openStore({ file: join(dir, 'nested', 'g.sqlite') });
    expect(sqlite).toBeInstanceOf(SqliteStore);
    await sqlite.close();
    // Connecting is deferred to first use, so no server is needed to build one.
    const postgres = openStore({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none' });
    expect(postgres).toBeInstanceOf(PostgresStore);
    await postgres.close();
    expect(() => openStore({ databaseUrl: 'mysql://x' })).toThrow('must start with postgres://');
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts the default file in .goodhart at the workspace root', () => {
    expect(defaultStoreFile(join(import.meta.dirname, 'postgres'))).toBe(
      join(import.meta.dirname, '..', '..', '..', '.goodhart', 'goodhart.sqlite'),
    );
  });
});

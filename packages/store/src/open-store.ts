import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PostgresStore } from './postgres/postgres-store';
import { SqliteStore } from './sqlite/sqlite-store';
import type { Store } from './store';

export interface OpenStoreOptions {
  /** `postgres://...`: use PostgreSQL (and pg-boss). Otherwise the embedded SQLite file. */
  databaseUrl?: string;
  /** The SQLite file. Default: `<data dir>/goodhart.sqlite`. */
  file?: string;
  /** PostgreSQL schema for the tables (pg-boss takes `<schema>_queue`). Default `goodhart`. */
  schema?: string;
  /** SQLite: a held run without a heartbeat for this long goes back to the queue. */
  leaseMs?: number;
  /** PostgreSQL: a held run without a heartbeat for this long is handed out again (>= 10). */
  heartbeatSeconds?: number;
  onError?(error: Error): void;
}

/**
 * PostgreSQL when a database URL is given, else the embedded SQLite file. Without options, the
 * environment decides (see storeOptionsFromEnv): nothing to configure for one machine.
 */
export function openStore(options: OpenStoreOptions = storeOptionsFromEnv()): Store {
  const url = options.databaseUrl;
  if (url !== undefined && url !== '') {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(
        `DATABASE_URL must start with postgres:// or postgresql://, got "${url.split(':')[0]}:..."`,
      );
    }
    return new PostgresStore({
      connectionString: url,
      schema: options.schema,
      heartbeatSeconds: options.heartbeatSeconds,
      onError: options.onError,
    });
  }
  return new SqliteStore({ file: options.file ?? defaultStoreFile(), leaseMs: options.leaseMs });
}

/** Reads DATABASE_URL, GOODHART_DB_SCHEMA, GOODHART_DATA_DIR, GOODHART_LEASE_SECONDS. */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenStoreOptions {
  const seconds = env.GOODHART_LEASE_SECONDS ? Number(env.GOODHART_LEASE_SECONDS) : undefined;
  if (seconds !== undefined && !(Number.isFinite(seconds) && seconds > 0)) {
    throw new Error(
      `GOODHART_LEASE_SECONDS must be a positive number, got "${env.GOODHART_LEASE_SECONDS}"`,
    );
  }
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    schema: env.GOODHART_DB_SCHEMA || undefined,
    file: env.GOODHART_DATA_DIR
      ? join(resolve(env.GOODHART_DATA_DIR), 'goodhart.sqlite')
      : undefined,
    leaseMs: seconds === undefined ? undefined : seconds * 1000,
    heartbeatSeconds: seconds === undefined ? undefined : Math.max(10, Math.round(seconds)),
  };
}

/** `.goodhart/goodhart.sqlite` under the repository root (the nearest pnpm workspace). */
export function defaultStoreFile(from: string = process.cwd()): string {
  return join(repositoryRoot(from), '.goodhart', 'goodhart.sqlite');
}

function repositoryRoot(from: string): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL server tests may use, from GOODHART_TEST_DATABASE_URL. Under CI it must be
 * set: a missing database fails the run rather than quietly testing only SQLite.
 */
export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env.GOODHART_TEST_DATABASE_URL;
  if (url) return url;
  if (env.CI) {
    throw new Error(
      'GOODHART_TEST_DATABASE_URL is not set but CI is: the PostgreSQL store tests cannot run. ' +
        'Start PostgreSQL (see .ci/run) and set it to postgres://user@host:port/db.',
    );
  }
  // Locally the PostgreSQL suites are skipped; say so, or a green run would hide it (only for
  // the real environment: tests of this function pass their own).
  if (env === process.env)
    console.warn(
      'notice: GOODHART_TEST_DATABASE_URL is not set, so the PostgreSQL store tests are skipped ' +
        '(SQLite only). .ci/run starts a throwaway PostgreSQL and runs them.',
    );
  return undefined;
}

/** A schema name no other test run uses, so runs never collide. */
export function uniqueSchema(prefix = 'gh_test'): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** Drops the store's schema and pg-boss's beside it. */
export async function dropTestSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
  } finally {
    await client.end();
  }
}

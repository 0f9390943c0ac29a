import type { Pool, PoolClient } from 'pg';

/** Runs `work` in one transaction on one connection; rolls back if it throws. */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** A connection in a transaction, in the shape pg-boss accepts as `{ db }`. */
export function bossDb(client: PoolClient) {
  return {
    executeSql: (text: string, values?: unknown[]) => client.query(text, values),
  };
}

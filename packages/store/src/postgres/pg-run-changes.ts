import type pg from 'pg';
import type { RunChanges } from '../records';
import { onlyRow, type PgRunRow, runSummaryFromPgRow } from './rows';

/**
 * PostgresStore.listRunChanges. Every change to a run stamps it with its transaction's id
 * (changed_xid, by trigger). Transactions commit in any order, so a largest-id-seen cursor
 * would miss a transaction that began before a read and committed after it; the cursor is
 * instead the read's snapshot (pg_current_snapshot(): which transactions it could see), and
 * the next read returns the runs whose stamp that snapshot could not see. One repeatable-read
 * transaction, so the cursor, the runs and the rounds share one snapshot.
 */
export async function runChangesInPostgres(
  pool: pg.Pool,
  schema: string,
  experimentId: string,
  since?: string,
): Promise<RunChanges> {
  const from = since !== undefined && isSnapshot(since) ? since : null;
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows: snapshot } = await client.query<{ cursor: string }>(
      'SELECT pg_current_snapshot()::text AS cursor',
    );
    const { rows } = await client.query<PgRunRow>(
      `SELECT * FROM ${schema}.runs WHERE experiment_id = $1
         AND ($2::pg_snapshot IS NULL OR status = 'running'
              OR NOT pg_visible_in_snapshot(changed_xid, $2::pg_snapshot))
       ORDER BY ordinal`,
      [experimentId, from],
    );
    const { rows: rounds } = await client.query<{ done: string; total: string }>(
      `SELECT coalesce(sum(total_rounds), 0) AS total,
         coalesce(sum(CASE WHEN status = 'succeeded' THEN total_rounds ELSE current_round END), 0)
           AS done
       FROM ${schema}.runs WHERE experiment_id = $1`,
      [experimentId],
    );
    await client.query('COMMIT');
    const { done, total } = onlyRow(rounds, 'sum of rounds');
    return {
      cursor: onlyRow(snapshot, 'pg_current_snapshot()').cursor,
      complete: from === null,
      runs: rows.map(runSummaryFromPgRow),
      rounds: { done: Number(done), total: Number(total) },
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Whether `text` is a pg_snapshot PostgreSQL would accept (`xmin:xmax:xip,...`, xmin <= xmax,
 * the in-progress ids ascending in [xmin, xmax)), so a foreign or made-up cursor reads as none
 * instead of failing the query.
 */
export function isSnapshot(text: string): boolean {
  const match = /^([0-9]{1,18}):([0-9]{1,18}):([0-9]{1,18}(?:,[0-9]{1,18})*)?$/.exec(text);
  if (match === null) return false;
  // Groups 1 and 2 are not optional: a match has both.
  const xmin = BigInt(match[1]!);
  const xmax = BigInt(match[2]!);
  if (xmin < 1n || xmin > xmax) return false;
  let last = xmin;
  for (const part of match[3]?.split(',') ?? []) {
    const xid = BigInt(part);
    if (xid < last || xid >= xmax) return false;
    last = xid;
  }
  return true;
}

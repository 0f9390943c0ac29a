import type { Pool, PoolClient } from 'pg';
import { boundedLogLine, runLogBounds } from '../internal/log-bounds';
import type { RunLog } from '../records';

/**
 * Adds a line to a run's log, within runLogBounds, in one statement: the message and detail
 * cut to their lengths, and the run's older lines beyond the newest `linesPerRun` (the new line
 * included) deleted. The DELETE runs on the statement's snapshot, which does not hold the new
 * line, so it keeps `linesPerRun - 1` of the older ones. Pass the caller's client when the line
 * belongs to its transaction.
 */
export async function appendPostgresLog(
  client: Pool | PoolClient,
  schema: string,
  line: { runId: string; level: RunLog['level']; message: string; detail?: string },
): Promise<void> {
  const { message, detail } = boundedLogLine(line.message, line.detail);
  await client.query(
    `WITH added AS (
       INSERT INTO ${schema}.run_logs (run_id, level, message, detail) VALUES ($1, $2, $3, $4)
     )
     DELETE FROM ${schema}.run_logs WHERE run_id = $1 AND id <=
       (SELECT id FROM ${schema}.run_logs WHERE run_id = $1 ORDER BY id DESC LIMIT 1 OFFSET $5)`,
    [line.runId, line.level, message, detail, runLogBounds.linesPerRun - 1],
  );
}

/** The run's newest `limit` lines, oldest first. */
export async function listPostgresLogs(
  pool: Pool,
  schema: string,
  runId: string,
  limit: number,
): Promise<RunLog[]> {
  const { rows } = await pool.query<{
    run_id: string;
    at: Date;
    level: RunLog['level'];
    message: string;
    detail: string | null;
  }>(
    `SELECT * FROM (SELECT id, run_id, at, level, message, detail FROM ${schema}.run_logs
       WHERE run_id = $1 ORDER BY id DESC LIMIT $2) recent ORDER BY id`,
    [runId, limit],
  );
  return rows.map((row) => ({
    runId: row.run_id,
    at: row.at.toISOString(),
    level: row.level,
    message: row.message,
    detail: row.detail,
  }));
}

import type { Database } from 'better-sqlite3';
import { boundedLogLine, runLogBounds } from '../internal/log-bounds';
import type { RunLog } from '../records';

/**
 * Adds a line to a run's log, within runLogBounds: the message and detail cut to their
 * lengths, then the run's lines beyond the newest `linesPerRun` deleted (the index on
 * (run_id, id) finds the cut-off line directly). Call inside the caller's transaction when
 * the line belongs to a change.
 */
export function appendSqliteLog(
  db: Database,
  line: { runId: string; level: RunLog['level']; message: string; detail?: string; at: number },
): void {
  const { message, detail } = boundedLogLine(line.message, line.detail);
  db.prepare(
    'INSERT INTO run_logs (run_id, at, level, message, detail) VALUES (?, ?, ?, ?, ?)',
  ).run(line.runId, line.at, line.level, message, detail);
  db.prepare(
    `DELETE FROM run_logs WHERE run_id = ? AND id <=
       (SELECT id FROM run_logs WHERE run_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)`,
  ).run(line.runId, line.runId, runLogBounds.linesPerRun);
}

/**
 * The run's newest `limit` lines, oldest first. `*`, not a list of columns: a file opened
 * read-only may predate the detail column (it cannot be migrated), and reads it as none.
 */
export function listSqliteLogs(db: Database, runId: string, limit: number): RunLog[] {
  const rows = db
    .prepare(
      `SELECT * FROM (SELECT * FROM run_logs WHERE run_id = ? ORDER BY id DESC LIMIT ?)
       ORDER BY id`,
    )
    .all(runId, limit) as {
    run_id: string;
    at: number;
    level: RunLog['level'];
    message: string;
    detail?: string | null;
  }[];
  return rows.map((row) => ({
    runId: row.run_id,
    at: new Date(row.at).toISOString(),
    level: row.level,
    message: row.message,
    detail: row.detail ?? null,
  }));
}

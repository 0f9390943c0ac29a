import type { Database } from 'better-sqlite3';
import { resumedNote } from '../records';
import { appendSqliteLog } from './sqlite-logs';

/**
 * The writes of SqliteStore.resumeExperiment, in one immediate transaction: null when there is
 * no such experiment; nothing changed while a run still runs. A resumed run gets as many
 * attempts again as it had (max_attempts grows by the attempts it used), its lost count is
 * cleared, and its stored rounds stay until its next attempt succeeds and replaces them.
 */
export function resumeInSqlite(
  db: Database,
  id: string,
  now: number,
): { requeued: number; stillRunning: number } | null {
  return db
    .transaction(() => {
      const found = db.prepare('SELECT 1 FROM experiments WHERE id = ?').get(id);
      if (found === undefined) return null;
      const { running } = db
        .prepare(
          `SELECT count(*) AS running FROM runs WHERE experiment_id = ? AND status = 'running'`,
        )
        .get(id) as { running: number };
      if (running > 0) return { requeued: 0, stillRunning: running };
      db.prepare('UPDATE experiments SET cancelled = 0 WHERE id = ?').run(id);
      const requeued = db
        .prepare(
          `UPDATE runs SET status = 'queued', max_attempts = max_attempts + attempt,
           lost_attempts = 0, worker_id = NULL, lease_expires_at = NULL, finished_at = NULL,
           error = NULL, current_round = 0, latest_metrics = NULL
         WHERE experiment_id = ? AND status IN ('cancelled', 'failed') RETURNING id`,
        )
        .all(id) as { id: string }[];
      for (const run of requeued) {
        appendSqliteLog(db, { runId: run.id, level: 'info', message: resumedNote, at: now });
      }
      return { requeued: requeued.length, stillRunning: 0 };
    })
    .immediate();
}

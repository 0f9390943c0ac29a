import type { Database } from 'better-sqlite3';
import type { RunChanges } from '../records';
import { runSummaryFromRow, type SqliteRunRow } from './rows';

/**
 * SqliteStore.listRunChanges: one read transaction, so the cursor, the runs and the rounds come
 * from the same snapshot. The cursor is the next stamp (the largest so far plus one): a write
 * not yet committed when this reads gets that stamp or a later one (one writer at a time), so
 * the next read, of stamps at or after it, sees it. A cursor that is not a stamp (another
 * store's, say) reads as none: every run.
 */
export function runChangesInSqlite(db: Database, experimentId: string, since?: string): RunChanges {
  // A file made before change tracking, opened read-only, has no stamps: every run, every time.
  const columns = db.prepare('PRAGMA table_info(runs)').all() as { name: string }[];
  const tracked = columns.some((column) => column.name === 'change_seq');
  const from = tracked && since !== undefined && /^[0-9]{1,15}$/.test(since) ? Number(since) : null;
  return db.transaction((): RunChanges => {
    const { next } = tracked
      ? (db.prepare('SELECT coalesce(max(change_seq), 0) + 1 AS next FROM runs').get() as {
          next: number;
        })
      : { next: 0 };
    const rows = (
      from === null
        ? db.prepare('SELECT * FROM runs WHERE experiment_id = ? ORDER BY rowid').all(experimentId)
        : db
            .prepare(
              `SELECT * FROM runs WHERE experiment_id = ? AND (change_seq >= ? OR status = 'running')
               ORDER BY rowid`,
            )
            .all(experimentId, from)
    ) as SqliteRunRow[];
    const rounds = db
      .prepare(
        `SELECT coalesce(sum(total_rounds), 0) AS total,
           coalesce(sum(CASE WHEN status = 'succeeded' THEN total_rounds ELSE current_round END), 0) AS done
         FROM runs WHERE experiment_id = ?`,
      )
      .get(experimentId) as { done: number; total: number };
    return {
      cursor: String(next),
      complete: from === null,
      runs: rows.map(runSummaryFromRow),
      rounds,
    };
  })();
}

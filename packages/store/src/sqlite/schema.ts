/**
 * Times are milliseconds since the epoch; JSON columns are text. Runs are claimed in rowid
 * order, which is submission order.
 */
export const sqliteSchema = `
CREATE TABLE IF NOT EXISTS experiments (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  preset      TEXT,
  spec        TEXT NOT NULL,
  arms        TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  cancelled   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS experiments_created ON experiments (created_at);

CREATE TABLE IF NOT EXISTS runs (
  id               TEXT PRIMARY KEY,
  experiment_id    TEXT NOT NULL REFERENCES experiments (id),
  key              TEXT NOT NULL,
  run_group        TEXT NOT NULL,
  arm              TEXT NOT NULL,
  seed             INTEGER NOT NULL,
  params           TEXT NOT NULL,
  run_spec         TEXT NOT NULL,
  status           TEXT NOT NULL
    CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  attempt          INTEGER NOT NULL DEFAULT 0,
  max_attempts     INTEGER NOT NULL,
  lost_attempts    INTEGER NOT NULL DEFAULT 0,
  change_seq       INTEGER NOT NULL DEFAULT 0,
  worker_id        TEXT,
  lease_expires_at INTEGER,
  heartbeat_at     INTEGER,
  current_round    INTEGER NOT NULL DEFAULT 0,
  total_rounds     INTEGER NOT NULL,
  latest_metrics   TEXT,
  summary          TEXT,
  details          TEXT,
  backend          TEXT,
  error            TEXT,
  started_at       INTEGER,
  finished_at      INTEGER,
  UNIQUE (experiment_id, key)
);
CREATE INDEX IF NOT EXISTS runs_status ON runs (status);

CREATE TABLE IF NOT EXISTS round_metrics (
  run_id  TEXT NOT NULL REFERENCES runs (id),
  round   INTEGER NOT NULL,
  metrics TEXT NOT NULL,
  PRIMARY KEY (run_id, round)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS run_logs (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id  TEXT NOT NULL REFERENCES runs (id),
  at      INTEGER NOT NULL,
  level   TEXT NOT NULL,
  message TEXT NOT NULL,
  detail  TEXT
);
CREATE INDEX IF NOT EXISTS run_logs_run ON run_logs (run_id, id);

CREATE TABLE IF NOT EXISTS workers (
  id           TEXT PRIMARY KEY,
  concurrency  INTEGER NOT NULL,
  started_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
);
`;

/**
 * Columns added after the first release, for a file made before them: [table, column,
 * definition]. run_logs.detail: an error's stack, shown under its line.
 */
export const sqliteAddedColumns: readonly (readonly [string, string, string])[] = [
  ['runs', 'lost_attempts', 'INTEGER NOT NULL DEFAULT 0'],
  ['runs', 'change_seq', 'INTEGER NOT NULL DEFAULT 0'],
  ['run_logs', 'detail', 'TEXT'],
];

/**
 * After the added columns. Every change to a run stamps it with the next number of one
 * sequence (change_seq: the largest so far plus one), so a reader asks for the runs stamped at
 * or after its last read's cursor (listRunChanges). SQLite has one writer at a time, so the
 * stamps follow commit order and a reader never sees a later stamp before an earlier one. The
 * trigger's own update sets change_seq, which the WHEN clause leaves alone.
 */
export const sqliteChangeTracking = `
CREATE INDEX IF NOT EXISTS runs_change_seq ON runs (change_seq);
CREATE TRIGGER IF NOT EXISTS runs_changed AFTER UPDATE ON runs
WHEN NEW.change_seq = OLD.change_seq
BEGIN
  UPDATE runs SET change_seq = (SELECT max(change_seq) FROM runs) + 1 WHERE id = NEW.id;
END;
`;

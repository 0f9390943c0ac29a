/**
 * The tables, in a schema of their own (`goodhart` unless told otherwise). JSON columns are
 * `json`, not `jsonb`, so metric names keep the order the runner wrote them in.
 */
export function postgresSchema(schema: string): string {
  return `
CREATE SCHEMA IF NOT EXISTS ${schema};

CREATE TABLE IF NOT EXISTS ${schema}.experiments (
  id         text PRIMARY KEY,
  name       text NOT NULL,
  preset     text,
  spec       json NOT NULL,
  arms       json NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  cancelled  boolean NOT NULL DEFAULT false
);
CREATE INDEX IF NOT EXISTS experiments_created ON ${schema}.experiments (created_at);

CREATE TABLE IF NOT EXISTS ${schema}.runs (
  id             uuid PRIMARY KEY,
  experiment_id  text NOT NULL REFERENCES ${schema}.experiments (id),
  ordinal        integer NOT NULL,
  key            text NOT NULL,
  run_group      text NOT NULL,
  arm            text NOT NULL,
  seed           integer NOT NULL,
  params         json NOT NULL,
  run_spec       json NOT NULL,
  status         text NOT NULL
    CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  attempt        integer NOT NULL DEFAULT 0,
  max_attempts   integer NOT NULL,
  worker_id      text,
  heartbeat_at   timestamptz,
  current_round  integer NOT NULL DEFAULT 0,
  total_rounds   integer NOT NULL,
  latest_metrics json,
  summary        json,
  details        json,
  backend        text,
  error          text,
  started_at     timestamptz,
  finished_at    timestamptz,
  UNIQUE (experiment_id, key)
);
CREATE INDEX IF NOT EXISTS runs_experiment ON ${schema}.runs (experiment_id, ordinal);

CREATE TABLE IF NOT EXISTS ${schema}.round_metrics (
  run_id  uuid NOT NULL REFERENCES ${schema}.runs (id),
  round   integer NOT NULL,
  metrics json NOT NULL,
  PRIMARY KEY (run_id, round)
);

CREATE TABLE IF NOT EXISTS ${schema}.run_logs (
  id      bigserial PRIMARY KEY,
  run_id  uuid NOT NULL REFERENCES ${schema}.runs (id),
  at      timestamptz NOT NULL DEFAULT clock_timestamp(),
  level   text NOT NULL,
  message text NOT NULL
);
CREATE INDEX IF NOT EXISTS run_logs_run ON ${schema}.run_logs (run_id, id);

CREATE TABLE IF NOT EXISTS ${schema}.workers (
  id           text PRIMARY KEY,
  concurrency  int NOT NULL,
  started_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  last_seen_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- Added after the first release; a database made before them gains them here.
-- lost_attempts: attempts whose worker went silent holding the run (see maxLostAttempts).
-- job_id: the run's current pg-boss job, so a cancel can delete it in its own transaction.
ALTER TABLE ${schema}.runs ADD COLUMN IF NOT EXISTS lost_attempts int NOT NULL DEFAULT 0;
ALTER TABLE ${schema}.runs ADD COLUMN IF NOT EXISTS job_id uuid;
-- detail: more than a line of a run's log, an error's stack (kept within runLogBounds).
ALTER TABLE ${schema}.run_logs ADD COLUMN IF NOT EXISTS detail text;

-- changed_xid: the transaction that last changed the run, for listRunChanges (pg-run-changes.ts).
ALTER TABLE ${schema}.runs ADD COLUMN IF NOT EXISTS changed_xid xid8 NOT NULL
  DEFAULT pg_current_xact_id();
CREATE OR REPLACE FUNCTION ${schema}.run_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.changed_xid := pg_current_xact_id();
  RETURN NEW;
END
$$;
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_trigger
                 WHERE tgname = 'runs_changed' AND tgrelid = '${schema}.runs'::regclass) THEN
    CREATE TRIGGER runs_changed BEFORE UPDATE ON ${schema}.runs
      FOR EACH ROW EXECUTE FUNCTION ${schema}.run_changed();
  END IF;
END
$$;
`;
}

const schemaName = /^[a-z_][a-z0-9_]{0,40}$/;

/** Schema names go into SQL text, so only plain lower-case identifiers are accepted. */
export function assertSchemaName(schema: string): string {
  if (!schemaName.test(schema)) {
    throw new Error(
      `schema "${schema}": use lower-case letters, digits and _ (at most 41, not starting with a digit)`,
    );
  }
  return schema;
}

import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ClaimedRun, ClaimState, RoundInput, RunOutcome, StoredRunResult } from '../claims';
import { emptyCounts, experimentStatus } from '../internal/experiment-status';
import { fromJson, metricsFromJson, toJson } from '../internal/json';
import { runId } from '../internal/run-id';
import {
  type CancelResult,
  defaultMaxAttempts,
  type ExperimentRecord,
  type ExperimentSummary,
  type ListOptions,
  likePattern,
  type NewExperiment,
  type ResumeResult,
  type RoundMetricsRow,
  type RunChanges,
  type RunLog,
  type RunStatus,
  type RunSummary,
  type SubmitResult,
  type WorkerPresence,
  type WorkerRecord,
} from '../records';
import type { Store } from '../store';
import { isSqliteReadOnlyFailure, StoreReadOnlyError } from '../store-errors';
import { runSummaryFromRow, type SqliteRunRow } from './rows';
import { sqliteAddedColumns, sqliteChangeTracking, sqliteSchema } from './schema';
import { appendSqliteLog, listSqliteLogs } from './sqlite-logs';
import { SqliteQueue } from './sqlite-queue';
import { resumeInSqlite } from './sqlite-resume';
import { runChangesInSqlite } from './sqlite-run-changes';

export interface SqliteStoreOptions {
  /** The database file; created with its directory when missing. */
  file: string;
  /** How long a held run stays claimed without a heartbeat before another worker may take it. */
  leaseMs?: number;
  /** How long a writer waits for another process's write lock before giving up. */
  busyTimeoutMs?: number;
  /**
   * Open for reading only; every write throws StoreReadOnlyError. Chosen anyway when the file
   * or its directory cannot be written (a read-only mount), so what is stored can still be read.
   */
  readOnly?: boolean;
}

interface ExperimentRow {
  id: string;
  name: string;
  preset: string | null;
  spec: string;
  arms: string;
  created_at: number;
  cancelled: number;
}

/**
 * The embedded store: one SQLite file that the web and worker processes open side by side.
 * WAL lets readers go on while one process writes; the busy timeout makes a writer wait its
 * turn instead of failing.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly heartbeatIntervalMs: number;
  readonly leaseMs: number;
  /** Why writes are refused, when they are (see SqliteStoreOptions.readOnly). */
  readonly readOnlyReason: string | undefined;
  private readonly db: Database.Database;
  private readonly queue: SqliteQueue;

  constructor(options: SqliteStoreOptions) {
    let readOnlyReason = options.readOnly ? 'opened read-only' : undefined;
    let db: Database.Database | undefined;
    if (!options.readOnly) {
      try {
        db = openWritable(options.file, options.busyTimeoutMs ?? 10_000);
      } catch (error) {
        if (!isSqliteReadOnlyFailure(error) || !existsSync(options.file)) throw error;
        readOnlyReason = `${options.file} or its directory cannot be written (${(error as Error).message}); make it writable or point GOODHART_DATA_DIR elsewhere`;
      }
    }
    this.db = db ?? new Database(options.file, { readonly: true, fileMustExist: true });
    this.readOnlyReason = readOnlyReason;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.heartbeatIntervalMs = this.leaseMs / 4;
    this.queue = new SqliteQueue(this.db, this.leaseMs);
  }

  private assertWritable(): void {
    if (this.readOnlyReason !== undefined) throw new StoreReadOnlyError(this.readOnlyReason);
  }

  async submitExperiment(input: NewExperiment): Promise<SubmitResult> {
    this.assertWritable();
    const created = this.db
      .transaction(() => {
        const inserted = this.db
          .prepare(
            `INSERT INTO experiments (id, name, preset, spec, arms, created_at)
           VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          )
          .run(
            input.id,
            input.name,
            input.preset ?? null,
            toJson(input.spec),
            toJson(input.arms),
            Date.now(),
          );
        if (inserted.changes === 0) return false;
        const insertRun = this.db.prepare(
          `INSERT INTO runs (id, experiment_id, key, run_group, arm, seed, params, run_spec, status,
           max_attempts, total_rounds)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)`,
        );
        for (const run of input.runs) {
          insertRun.run(
            runId(input.id, run.key),
            input.id,
            run.key,
            run.group,
            run.arm,
            run.seed,
            toJson(run.params),
            toJson(run.runSpec),
            input.maxAttempts ?? defaultMaxAttempts,
            run.totalRounds,
          );
        }
        return true;
      })
      .immediate();
    const experiment = await this.getExperiment(input.id);
    if (experiment === null) throw new Error(`experiment ${input.id} vanished after submit`);
    return { experiment: withoutSpec(experiment), created };
  }

  async listExperiments(options: ListOptions = {}): Promise<ExperimentSummary[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (options.after !== undefined) {
      const createdAt = Date.parse(options.after.createdAt);
      where.push('(created_at < ? OR (created_at = ? AND id > ?))');
      params.push(createdAt, createdAt, options.after.id);
    }
    if (options.search) {
      const pattern = likePattern(options.search);
      where.push(`(name LIKE ? ESCAPE '\\' OR preset LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\')`);
      params.push(pattern, pattern, pattern);
    }
    const limit = options.limit ?? 50;
    // The status is derived from the runs, so a status filter reads on until the page is full.
    const rows = this.db
      .prepare(
        `SELECT id, name, preset, '' AS spec, arms, created_at, cancelled FROM experiments
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY created_at DESC, id ${options.status ? '' : 'LIMIT ?'}`,
      )
      .all(...params, ...(options.status ? [] : [limit])) as ExperimentRow[];
    const counts = this.countsByExperiment();
    const all = rows.map((row) => summaryFromRow(row, counts.get(row.id)));
    const filtered = options.status ? all.filter((e) => e.status === options.status) : all;
    return filtered.slice(0, limit);
  }

  async getExperiment(id: string): Promise<ExperimentRecord | null> {
    const row = this.db.prepare('SELECT * FROM experiments WHERE id = ?').get(id) as
      | ExperimentRow
      | undefined;
    if (row === undefined) return null;
    return {
      ...summaryFromRow(row, this.countsByExperiment(id).get(id)),
      spec: JSON.parse(row.spec),
    };
  }

  async listRuns(experimentId: string): Promise<RunSummary[]> {
    const rows = this.db
      .prepare('SELECT * FROM runs WHERE experiment_id = ? ORDER BY rowid')
      .all(experimentId) as SqliteRunRow[];
    return rows.map(runSummaryFromRow);
  }

  async listRunChanges(experimentId: string, since?: string): Promise<RunChanges> {
    return runChangesInSqlite(this.db, experimentId, since);
  }

  async listRoundMetrics(experimentId: string): Promise<RoundMetricsRow[]> {
    const rows = this.db
      .prepare(
        `SELECT m.run_id, m.round, m.metrics FROM round_metrics m
         JOIN runs r ON r.id = m.run_id
         WHERE r.experiment_id = ? ORDER BY r.rowid, m.round`,
      )
      .all(experimentId) as { run_id: string; round: number; metrics: string }[];
    return rows.map((row) => ({
      runId: row.run_id,
      round: row.round,
      metrics: metricsFromJson(row.metrics) ?? {},
    }));
  }

  async listRunResults(experimentId: string): Promise<StoredRunResult[]> {
    const rows = this.db
      .prepare(
        `SELECT id, backend, summary, details FROM runs
         WHERE experiment_id = ? AND status = 'succeeded' ORDER BY rowid`,
      )
      .all(experimentId) as {
      id: string;
      backend: string | null;
      summary: string | null;
      details: string | null;
    }[];
    return rows.map((row) => ({
      runId: row.id,
      backend: row.backend,
      summary: metricsFromJson(row.summary),
      details: fromJson<unknown>(row.details),
    }));
  }

  async cancelExperiment(id: string): Promise<CancelResult | null> {
    this.assertWritable();
    const result = this.db
      .transaction(() => {
        const found = this.db.prepare('UPDATE experiments SET cancelled = 1 WHERE id = ?').run(id);
        if (found.changes === 0) return null;
        const now = Date.now();
        const cancelledQueued = this.db
          .prepare(
            `UPDATE runs SET status = 'cancelled', finished_at = ?
           WHERE experiment_id = ? AND status = 'queued'`,
          )
          .run(now, id).changes;
        // A running run whose lease lapsed has lost its worker: nobody would settle it until a
        // worker next claimed, so it is cancelled now.
        const cancelledLapsed = this.db
          .prepare(
            `UPDATE runs SET status = 'cancelled', finished_at = ?, worker_id = NULL,
             lease_expires_at = NULL
           WHERE experiment_id = ? AND status = 'running' AND lease_expires_at < ?`,
          )
          .run(now, id, now).changes;
        const { running } = this.db
          .prepare(
            `SELECT count(*) AS running FROM runs WHERE experiment_id = ? AND status = 'running'`,
          )
          .get(id) as { running: number };
        return { cancelledQueued, cancelledLapsed, stoppingRunning: running };
      })
      .immediate();
    if (result === null) return null;
    const experiment = await this.getExperiment(id);
    if (experiment === null) return null;
    return { experiment: withoutSpec(experiment), ...result };
  }

  async resumeExperiment(id: string): Promise<ResumeResult | null> {
    this.assertWritable();
    const result = resumeInSqlite(this.db, id, Date.now());
    const experiment = result === null ? null : await this.getExperiment(id);
    if (result === null || experiment === null) return null;
    return { experiment: withoutSpec(experiment), ...result };
  }

  async appendLog(
    runId: string,
    level: RunLog['level'],
    message: string,
    detail?: string,
  ): Promise<void> {
    this.assertWritable();
    appendSqliteLog(this.db, { runId, level, message, detail, at: Date.now() });
  }

  async listLogs(runId: string, limit = 200): Promise<RunLog[]> {
    return listSqliteLogs(this.db, runId, limit);
  }

  async claimRun(workerId: string): Promise<ClaimedRun | null> {
    this.assertWritable();
    return this.queue.claim(workerId);
  }

  async heartbeat(claim: ClaimedRun): Promise<ClaimState> {
    this.assertWritable();
    return this.queue.heartbeat(claim);
  }

  async recordRound(claim: ClaimedRun, round: RoundInput): Promise<ClaimState> {
    this.assertWritable();
    return this.queue.recordRound(claim, round);
  }

  async finishRun(claim: ClaimedRun, outcome: RunOutcome): Promise<boolean> {
    this.assertWritable();
    return this.queue.finish(claim, outcome);
  }

  async releaseRun(claim: ClaimedRun): Promise<void> {
    this.assertWritable();
    this.queue.release(claim);
  }

  async workerSeen(worker: WorkerPresence): Promise<void> {
    this.assertWritable();
    const now = Date.now();
    this.db
      .transaction(() => {
        this.db
          .prepare(
            `INSERT INTO workers (id, concurrency, started_at, last_seen_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET concurrency = excluded.concurrency,
               last_seen_at = excluded.last_seen_at`,
          )
          .run(worker.id, worker.concurrency, now, now);
        // Entries of workers that died without saying so, a day on: nobody lists them any more.
        this.db.prepare('DELETE FROM workers WHERE last_seen_at < ?').run(now - 86_400_000);
      })
      .immediate();
  }

  async workerGone(workerId: string): Promise<void> {
    this.assertWritable();
    this.db.prepare('DELETE FROM workers WHERE id = ?').run(workerId);
  }

  async listWorkers(): Promise<WorkerRecord[]> {
    const rows = this.db
      .prepare(
        `SELECT id, concurrency, started_at, last_seen_at FROM workers
         WHERE last_seen_at >= ? ORDER BY started_at, id`,
      )
      .all(Date.now() - this.leaseMs) as {
      id: string;
      concurrency: number;
      started_at: number;
      last_seen_at: number;
    }[];
    return rows.map((row) => ({
      id: row.id,
      concurrency: row.concurrency,
      startedAt: new Date(row.started_at).toISOString(),
      lastSeenAt: new Date(row.last_seen_at).toISOString(),
    }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private countsByExperiment(id?: string): Map<string, Record<RunStatus, number>> {
    const rows = (
      id === undefined
        ? this.db.prepare(
            'SELECT experiment_id, status, count(*) AS n FROM runs GROUP BY experiment_id, status',
          )
        : this.db.prepare(
            `SELECT experiment_id, status, count(*) AS n FROM runs WHERE experiment_id = ?
             GROUP BY experiment_id, status`,
          )
    ).all(...(id === undefined ? [] : [id])) as {
      experiment_id: string;
      status: RunStatus;
      n: number;
    }[];
    const counts = new Map<string, Record<RunStatus, number>>();
    for (const row of rows) {
      const entry = counts.get(row.experiment_id) ?? emptyCounts();
      entry[row.status] = row.n;
      counts.set(row.experiment_id, entry);
    }
    return counts;
  }
}

function summaryFromRow(row: ExperimentRow, counts = emptyCounts()): ExperimentSummary {
  const cancelled = row.cancelled === 1;
  return {
    id: row.id,
    name: row.name,
    preset: row.preset,
    status: experimentStatus(counts, cancelled),
    createdAt: new Date(row.created_at).toISOString(),
    cancelled,
    counts,
    totalRuns: Object.values(counts).reduce((sum, n) => sum + n, 0),
    arms: JSON.parse(row.arms) as string[],
  };
}

export function withoutSpec(record: ExperimentRecord): ExperimentSummary {
  const { spec: _, ...summary } = record;
  return summary;
}

function openWritable(file: string, busyTimeoutMs: number): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      db.exec(sqliteSchema);
      for (const [table, name, definition] of sqliteAddedColumns) {
        const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
        if (!columns.some((column) => column.name === name)) {
          db.exec(`ALTER TABLE ${table} ADD COLUMN ${name} ${definition}`);
        }
      }
      db.exec(sqliteChangeTracking);
    }).immediate();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ClaimedRun, ClaimState, RoundInput, RunOutcome, StoredRunResult } from '../claims';
import { emptyCounts, experimentStatus } from '../internal/experiment-status';
import { toJson } from '../internal/json';
import { runId } from '../internal/run-id';
import {
  type CancelResult,
  defaultMaxAttempts,
  type ExperimentRecord,
  type ExperimentSummary,
  type ListOptions,
  likePattern,
  type Metrics,
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
import { PgClaims } from './pg-claims';
import { appendPostgresLog, listPostgresLogs } from './pg-logs';
import { resumeInPostgres } from './pg-resume';
import { runChangesInPostgres } from './pg-run-changes';
import { onlyRow, type PgRunRow, runSummaryFromPgRow } from './rows';
import { RunJobs } from './run-jobs';
import { assertSchemaName, postgresSchema } from './schema';
import { inTransaction } from './transaction';

export interface PostgresStoreOptions {
  connectionString: string;
  /** Schema for the store's tables; pg-boss uses `<schema>_queue`. Default `goodhart`. */
  schema?: string;
  /** A worker silent this long loses its run to another (pg-boss minimum 10). Default 20. */
  heartbeatSeconds?: number;
  /** How often lost runs are looked for. Default 5. */
  superviseIntervalSeconds?: number;
  onError?(error: Error): void;
}

interface ExperimentRow {
  id: string;
  name: string;
  preset: string | null;
  spec: unknown;
  arms: string[];
  created_at: Date;
  cancelled: boolean;
  counts: Partial<Record<RunStatus, number>> | null;
}

/**
 * The store on PostgreSQL: any number of processes on any number of machines share it. Tables
 * are created on first use (under an advisory lock, so processes starting together do not
 * race); pg-boss delivers the runs.
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres';
  /** A quarter of the run queue's heartbeat timeout (known once started). */
  heartbeatIntervalMs: number;
  /** The run queue's heartbeat timeout: a job unheard for longer is failed and retried. */
  leaseMs: number;
  private readonly pool: pg.Pool;
  private readonly schema: string;
  private readonly jobs: RunJobs;
  private readonly claims: PgClaims;
  private ready: Promise<void> | undefined;

  constructor(options: PostgresStoreOptions) {
    this.schema = assertSchemaName(options.schema ?? 'goodhart');
    const heartbeatSeconds = options.heartbeatSeconds ?? 20;
    this.leaseMs = heartbeatSeconds * 1000;
    this.heartbeatIntervalMs = this.leaseMs / 4;
    const onError = options.onError ?? ((error: Error) => console.error('store:', error.message));
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: 6 });
    this.pool.on('error', onError);
    this.jobs = new RunJobs({
      connectionString: options.connectionString,
      schema: `${this.schema}_queue`,
      heartbeatSeconds,
      superviseIntervalSeconds: options.superviseIntervalSeconds ?? 5,
      onError,
    });
    this.claims = new PgClaims(this.pool, this.schema, this.jobs);
  }

  /** Connects and creates what is missing; every method waits for it, so calling it is optional. */
  start(): Promise<void> {
    this.ready ??= (async () => {
      await inTransaction(this.pool, async (client) => {
        await client.query(`SELECT pg_advisory_xact_lock(hashtext('goodhart-schema:' || $1))`, [
          this.schema,
        ]);
        await client.query(postgresSchema(this.schema));
      });
      const heartbeatSeconds = await this.jobs.start();
      this.leaseMs = heartbeatSeconds * 1000;
      this.heartbeatIntervalMs = this.leaseMs / 4;
    })();
    return this.ready;
  }

  async submitExperiment(input: NewExperiment): Promise<SubmitResult> {
    await this.start();
    const maxAttempts = input.maxAttempts ?? defaultMaxAttempts;
    const created = await inTransaction(this.pool, async (client) => {
      const inserted = await client.query(
        `INSERT INTO ${this.schema}.experiments (id, name, preset, spec, arms)
         VALUES ($1, $2, $3, $4::json, $5::json) ON CONFLICT (id) DO NOTHING`,
        [input.id, input.name, input.preset ?? null, toJson(input.spec), toJson(input.arms)],
      );
      if (inserted.rowCount === 0) return false;
      const rows = input.runs.map((run, ordinal) => ({
        id: runId(input.id, run.key),
        job_id: randomUUID(),
        ordinal,
        key: run.key,
        run_group: run.group,
        arm: run.arm,
        seed: run.seed,
        params: run.params,
        run_spec: run.runSpec,
        total_rounds: run.totalRounds,
      }));
      await client.query(
        `INSERT INTO ${this.schema}.runs (id, experiment_id, ordinal, key, run_group, arm, seed,
           params, run_spec, status, max_attempts, total_rounds, job_id)
         SELECT r.id::uuid, $1, r.ordinal, r.key, r.run_group, r.arm, r.seed, r.params, r.run_spec,
           'queued', $2, r.total_rounds, r.job_id::uuid
         FROM json_to_recordset($3::json) AS r(id text, ordinal int, key text, run_group text,
           arm text, seed int, params json, run_spec json, total_rounds int, job_id text)`,
        [input.id, maxAttempts, toJson(rows)],
      );
      const jobs = rows.map((row) => ({ runId: row.id, jobId: row.job_id }));
      await this.jobs.enqueue(client, jobs, maxAttempts);
      return true;
    });
    const experiment = await this.getExperiment(input.id);
    if (experiment === null) throw new Error(`experiment ${input.id} vanished after submit`);
    const { spec: _, ...summary } = experiment;
    return { experiment: summary, created };
  }

  async listExperiments(options: ListOptions = {}): Promise<ExperimentSummary[]> {
    await this.start();
    // Compared and ordered at millisecond precision, the precision of createdAt (and so of a
    // cursor): at PostgreSQL's microseconds a page could end between two rows of one millisecond.
    const createdMs = `date_trunc('milliseconds', e.created_at)`;
    const where: string[] = [];
    const params: (string | number)[] = [];
    const param = (value: string | number) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (options.after !== undefined) {
      const createdAt = param(options.after.createdAt);
      where.push(
        `(${createdMs} < ${createdAt}::timestamptz OR (${createdMs} = ${createdAt}::timestamptz AND e.id > ${param(options.after.id)}))`,
      );
    }
    if (options.search) {
      const pattern = param(likePattern(options.search));
      where.push(`(e.name ILIKE ${pattern} OR e.preset ILIKE ${pattern} OR e.id ILIKE ${pattern})`);
    }
    const limit = options.limit ?? 50;
    // The status is derived from the runs, so a status filter reads on until the page is full.
    const { rows } = await this.pool.query<ExperimentRow>(
      `${this.experimentSelect(false)} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${createdMs} DESC, e.id ${options.status ? '' : `LIMIT ${param(limit)}`}`,
      params,
    );
    const all = rows.map(summaryFromRow);
    const filtered = options.status ? all.filter((e) => e.status === options.status) : all;
    return filtered.slice(0, limit);
  }

  async getExperiment(id: string): Promise<ExperimentRecord | null> {
    await this.start();
    const { rows } = await this.pool.query<ExperimentRow>(
      `${this.experimentSelect(true)} WHERE e.id = $1`,
      [id],
    );
    const [row] = rows;
    return row === undefined ? null : { ...summaryFromRow(row), spec: row.spec };
  }

  async listRuns(experimentId: string): Promise<RunSummary[]> {
    await this.start();
    const { rows } = await this.pool.query<PgRunRow>(
      `SELECT * FROM ${this.schema}.runs WHERE experiment_id = $1 ORDER BY ordinal`,
      [experimentId],
    );
    return rows.map(runSummaryFromPgRow);
  }

  async listRunChanges(experimentId: string, since?: string): Promise<RunChanges> {
    await this.start();
    return runChangesInPostgres(this.pool, this.schema, experimentId, since);
  }

  async listRoundMetrics(experimentId: string): Promise<RoundMetricsRow[]> {
    await this.start();
    const { rows } = await this.pool.query<{ run_id: string; round: number; metrics: Metrics }>(
      `SELECT m.run_id, m.round, m.metrics FROM ${this.schema}.round_metrics m
       JOIN ${this.schema}.runs r ON r.id = m.run_id
       WHERE r.experiment_id = $1 ORDER BY r.ordinal, m.round`,
      [experimentId],
    );
    return rows.map((row) => ({ runId: row.run_id, round: row.round, metrics: row.metrics }));
  }

  async listRunResults(experimentId: string): Promise<StoredRunResult[]> {
    await this.start();
    const { rows } = await this.pool.query<{
      id: string;
      backend: string | null;
      summary: Metrics | null;
      details: unknown;
    }>(
      `SELECT id, backend, summary, details FROM ${this.schema}.runs
       WHERE experiment_id = $1 AND status = 'succeeded' ORDER BY ordinal`,
      [experimentId],
    );
    return rows.map((row) => ({
      runId: row.id,
      backend: row.backend,
      summary: row.summary,
      details: row.details,
    }));
  }

  async cancelExperiment(id: string): Promise<CancelResult | null> {
    await this.start();
    const result = await inTransaction(this.pool, async (client) => {
      const found = await client.query(
        `UPDATE ${this.schema}.experiments SET cancelled = true WHERE id = $1`,
        [id],
      );
      if (found.rowCount === 0) return null;
      // Queued runs, and running runs whose worker has been silent past the lease (it is gone:
      // nobody would settle them until a worker next claimed), are cancelled now, and their
      // jobs deleted in this transaction, so no worker waits behind them.
      const settled = await client.query<{ job_id: string | null; was: RunStatus }>(
        `UPDATE ${this.schema}.runs r SET status = 'cancelled', finished_at = clock_timestamp(),
           worker_id = NULL
         FROM (SELECT id, status AS was FROM ${this.schema}.runs
               WHERE experiment_id = $1 AND (status = 'queued' OR (status = 'running'
                 AND heartbeat_at < clock_timestamp() - $2 * interval '1 millisecond'))
               FOR UPDATE) old
         WHERE r.id = old.id
         RETURNING r.job_id, old.was`,
        [id, this.leaseMs],
      );
      await this.jobs.remove(
        client,
        settled.rows.flatMap((row) => (row.job_id === null ? [] : [row.job_id])),
      );
      const running = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${this.schema}.runs WHERE experiment_id = $1 AND status = 'running'`,
        [id],
      );
      const lapsed = settled.rows.filter((row) => row.was === 'running').length;
      return {
        cancelledQueued: settled.rows.length - lapsed,
        cancelledLapsed: lapsed,
        stoppingRunning: onlyRow(running.rows, 'count of running runs').n,
      };
    });
    if (result === null) return null;
    const experiment = await this.getExperiment(id);
    if (experiment === null) return null;
    const { spec: _, ...summary } = experiment;
    return { experiment: summary, ...result };
  }

  async resumeExperiment(id: string): Promise<ResumeResult | null> {
    await this.start();
    const result = await inTransaction(this.pool, (client) =>
      resumeInPostgres(client, this.schema, this.jobs, id),
    );
    const experiment = result === null ? null : await this.getExperiment(id);
    if (result === null || experiment === null) return null;
    const { spec: _, ...summary } = experiment;
    return { experiment: summary, ...result };
  }

  async appendLog(
    runId: string,
    level: RunLog['level'],
    message: string,
    detail?: string,
  ): Promise<void> {
    await this.start();
    await appendPostgresLog(this.pool, this.schema, { runId, level, message, detail });
  }

  async listLogs(runId: string, limit = 200): Promise<RunLog[]> {
    await this.start();
    return listPostgresLogs(this.pool, this.schema, runId, limit);
  }

  async claimRun(workerId: string): Promise<ClaimedRun | null> {
    await this.start();
    return this.claims.claim(workerId);
  }

  async heartbeat(claim: ClaimedRun): Promise<ClaimState> {
    await this.start();
    return this.claims.heartbeat(claim);
  }

  async recordRound(claim: ClaimedRun, round: RoundInput): Promise<ClaimState> {
    await this.start();
    return this.claims.recordRound(claim, round);
  }

  async finishRun(claim: ClaimedRun, outcome: RunOutcome): Promise<boolean> {
    await this.start();
    return this.claims.finish(claim, outcome);
  }

  async releaseRun(claim: ClaimedRun): Promise<void> {
    await this.start();
    await this.claims.release(claim);
  }

  async workerSeen(worker: WorkerPresence): Promise<void> {
    await this.start();
    await this.pool.query(
      `INSERT INTO ${this.schema}.workers (id, concurrency) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET concurrency = EXCLUDED.concurrency,
         last_seen_at = clock_timestamp()`,
      [worker.id, worker.concurrency],
    );
    // Entries of workers that died without saying so, a day on: nobody lists them any more.
    await this.pool.query(
      `DELETE FROM ${this.schema}.workers WHERE last_seen_at < clock_timestamp() - interval '1 day'`,
    );
  }

  async workerGone(workerId: string): Promise<void> {
    await this.start();
    await this.pool.query(`DELETE FROM ${this.schema}.workers WHERE id = $1`, [workerId]);
  }

  async listWorkers(): Promise<WorkerRecord[]> {
    await this.start();
    const { rows } = await this.pool.query<{
      id: string;
      concurrency: number;
      started_at: Date;
      last_seen_at: Date;
    }>(
      `SELECT id, concurrency, started_at, last_seen_at FROM ${this.schema}.workers
       WHERE last_seen_at >= clock_timestamp() - $1 * interval '1 millisecond'
       ORDER BY started_at, id`,
      [this.leaseMs],
    );
    return rows.map((row) => ({
      id: row.id,
      concurrency: row.concurrency,
      startedAt: row.started_at.toISOString(),
      lastSeenAt: row.last_seen_at.toISOString(),
    }));
  }

  /** Queue jobs still waiting for a worker, of these runs (tests and operators). */
  async queuedJobs(runIds: readonly string[]): Promise<number> {
    await this.start();
    return this.jobs.queuedFor(runIds);
  }

  async close(): Promise<void> {
    if (this.ready !== undefined) {
      await this.ready.catch(() => undefined);
      await this.jobs.stop();
    }
    await this.pool.end();
  }

  /** Experiments with their run counts per status; the spec only when asked (lists skip it). */
  private experimentSelect(withSpec: boolean): string {
    return `SELECT e.id, e.name, e.preset, e.arms, e.created_at, e.cancelled,
      ${withSpec ? 'e.spec' : 'NULL AS spec'}, (SELECT json_object_agg(status, n) FROM
        (SELECT status, count(*)::int AS n FROM ${this.schema}.runs r
         WHERE r.experiment_id = e.id GROUP BY status) c) AS counts
      FROM ${this.schema}.experiments e`;
  }
}

function summaryFromRow(row: ExperimentRow): ExperimentSummary {
  const counts = { ...emptyCounts(), ...(row.counts ?? {}) };
  return {
    id: row.id,
    name: row.name,
    preset: row.preset,
    status: experimentStatus(counts, row.cancelled),
    createdAt: row.created_at.toISOString(),
    cancelled: row.cancelled,
    counts,
    totalRuns: Object.values(counts).reduce((sum, n) => sum + n, 0),
    arms: row.arms,
  };
}

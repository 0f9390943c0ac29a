import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { ClaimedRun, ClaimState, RoundInput, RunOutcome } from '../claims';
import { toJson } from '../internal/json';
import {
  lostTooOftenError,
  maxLostAttempts,
  type RunLog,
  type RunParams,
  type RunStatus,
  restartNote,
} from '../records';
import { appendPostgresLog } from './pg-logs';
import { onlyRow } from './rows';
import type { RunJob, RunJobs } from './run-jobs';
import { inTransaction } from './transaction';

interface HeldRunRow {
  id: string;
  experiment_id: string;
  key: string;
  run_group: string;
  arm: string;
  seed: number;
  params: RunParams;
  run_spec: unknown;
  status: RunStatus;
  attempt: number;
  max_attempts: number;
  lost_attempts: number;
  worker_id: string | null;
  total_rounds: number;
  cancelled: boolean;
}

/**
 * The worker side of the PostgreSQL store. pg-boss decides which worker gets which job; this
 * decides, under a row lock on the run, whether the delivery starts a new attempt (attempt + 1,
 * which fences off every write of the previous holder) or only settles a job whose run is
 * already finished, cancelled, or out of attempts.
 */
export class PgClaims {
  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
    private readonly jobs: RunJobs,
  ) {}

  async claim(workerId: string): Promise<ClaimedRun | null> {
    await this.failLostJobs();
    for (;;) {
      const job = await this.jobs.fetch();
      if (job === null) return null;
      const claim = await inTransaction(this.pool, (client) =>
        this.startAttempt(client, job, workerId),
      );
      if (claim !== null) return claim;
    }
  }

  async heartbeat(claim: ClaimedRun): Promise<ClaimState> {
    if (claim.job !== undefined && !(await this.jobs.touch(claim.job))) return 'lost';
    const { rows } = await this.pool.query<{ cancelled: boolean }>(
      `UPDATE ${this.schema}.runs r SET heartbeat_at = clock_timestamp()
       FROM ${this.schema}.experiments e
       WHERE r.id = $1 AND r.status = 'running' AND r.attempt = $2 AND e.id = r.experiment_id
       RETURNING e.cancelled`,
      [claim.runId, claim.attempt],
    );
    return stateOf(rows);
  }

  async recordRound(claim: ClaimedRun, round: RoundInput): Promise<ClaimState> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ cancelled: boolean }>(
        `UPDATE ${this.schema}.runs r SET current_round = $3, latest_metrics = $4::json,
           heartbeat_at = clock_timestamp()
         FROM ${this.schema}.experiments e
         WHERE r.id = $1 AND r.status = 'running' AND r.attempt = $2 AND e.id = r.experiment_id
         RETURNING e.cancelled`,
        [claim.runId, claim.attempt, round.completedRounds, toJson(round.metrics)],
      );
      if (rows.length > 0) await this.upsertRound(client, claim.runId, round.round, round.metrics);
      return stateOf(rows);
    });
  }

  async finish(claim: ClaimedRun, outcome: RunOutcome): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      const succeeded = outcome.status === 'succeeded';
      const last = succeeded ? outcome.rounds[outcome.rounds.length - 1] : undefined;
      const { rowCount } = await client.query(
        `UPDATE ${this.schema}.runs SET status = $3, finished_at = clock_timestamp(),
           backend = COALESCE($4, backend), summary = $5::json, details = $6::json, error = $7,
           current_round = COALESCE($8, current_round),
           latest_metrics = COALESCE($9::json, latest_metrics)
         WHERE id = $1 AND status = 'running' AND attempt = $2`,
        [
          claim.runId,
          claim.attempt,
          outcome.status,
          succeeded ? outcome.backend : null,
          succeeded ? toJson(outcome.summary) : null,
          succeeded && outcome.details !== undefined ? toJson(outcome.details) : null,
          outcome.status === 'failed' ? outcome.error : null,
          succeeded ? outcome.rounds.length : null,
          last ? toJson(last.metrics) : null,
        ],
      );
      if (rowCount !== 1) return false;
      if (succeeded) {
        // The stored rounds become exactly the winning attempt's, whatever earlier attempts left.
        await client.query(`DELETE FROM ${this.schema}.round_metrics WHERE run_id = $1`, [
          claim.runId,
        ]);
        for (const record of outcome.rounds) {
          await this.upsertRound(client, claim.runId, record.round, record.metrics);
        }
      }
      const failed = outcome.status === 'failed';
      await appendPostgresLog(client, this.schema, {
        runId: claim.runId,
        level: failed ? 'error' : 'info',
        message: `attempt ${claim.attempt} ${outcome.status}${failed ? `: ${outcome.error}` : ''}`,
        detail: failed ? outcome.stack : undefined,
      });
      if (claim.job !== undefined) await this.jobs.complete(claim.job, client);
      return true;
    });
  }

  async release(claim: ClaimedRun): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ status: RunStatus; max_attempts: number }>(
        `UPDATE ${this.schema}.runs r SET
           status = CASE WHEN e.cancelled THEN 'cancelled' ELSE 'queued' END,
           finished_at = CASE WHEN e.cancelled THEN clock_timestamp() END,
           worker_id = NULL, max_attempts = r.max_attempts + 1, current_round = 0,
           latest_metrics = NULL
         FROM ${this.schema}.experiments e
         WHERE r.id = $1 AND r.status = 'running' AND r.attempt = $2 AND e.id = r.experiment_id
         RETURNING r.status, r.max_attempts`,
        [claim.runId, claim.attempt],
      );
      const [run] = rows;
      if (run === undefined) return;
      await this.log(
        client,
        claim.runId,
        'info',
        `attempt ${claim.attempt} released by worker ${claim.workerId}`,
      );
      if (claim.job !== undefined) await this.jobs.complete(claim.job, client);
      if (run.status === 'queued') {
        const jobId = randomUUID();
        await client.query(`UPDATE ${this.schema}.runs SET job_id = $2 WHERE id = $1`, [
          claim.runId,
          jobId,
        ]);
        await this.jobs.enqueue(
          client,
          [{ runId: claim.runId, jobId }],
          run.max_attempts - claim.attempt,
        );
      }
    });
  }

  private async startAttempt(
    client: PoolClient,
    job: RunJob,
    workerId: string,
  ): Promise<ClaimedRun | null> {
    const { rows } = await client.query<HeldRunRow>(
      `SELECT r.*, e.cancelled FROM ${this.schema}.runs r
       JOIN ${this.schema}.experiments e ON e.id = r.experiment_id
       WHERE r.id = $1 FOR UPDATE OF r`,
      [job.runId],
    );
    const run = rows[0];
    const settleOnly = async (status: RunStatus | null, message?: string, error?: string) => {
      if (run !== undefined && status !== null) {
        await client.query(
          `UPDATE ${this.schema}.runs SET status = $2, error = COALESCE($3, error),
             finished_at = clock_timestamp(), worker_id = NULL WHERE id = $1`,
          [run.id, status, error ?? null],
        );
      }
      if (run !== undefined && message !== undefined)
        await this.log(client, run.id, 'warn', message);
      await this.jobs.complete(job, client);
      return null;
    };
    if (run === undefined || !['queued', 'running'].includes(run.status)) return settleOnly(null);
    const lost =
      run.status === 'running'
        ? `attempt ${run.attempt} lost: worker ${run.worker_id} stopped heartbeating`
        : undefined;
    if (lost !== undefined) {
      await client.query(
        `UPDATE ${this.schema}.runs SET lost_attempts = lost_attempts + 1 WHERE id = $1`,
        [run.id],
      );
    }
    if (run.cancelled) return settleOnly('cancelled', lost);
    if (lost !== undefined && run.lost_attempts + 1 >= maxLostAttempts) {
      return settleOnly('failed', lost, lostTooOftenError(run.lost_attempts + 1));
    }
    if (run.attempt >= run.max_attempts) {
      const error = `${lost ?? 'out of attempts'}; gave up after ${run.attempt} attempts`;
      return settleOnly('failed', lost, error);
    }
    if (lost !== undefined) await this.log(client, run.id, 'warn', lost);
    const attempt = run.attempt + 1;
    await client.query(
      `UPDATE ${this.schema}.runs SET status = 'running', attempt = $2, worker_id = $3,
         heartbeat_at = clock_timestamp(), started_at = clock_timestamp(), finished_at = NULL,
         current_round = 0, latest_metrics = NULL, error = NULL
       WHERE id = $1`,
      [run.id, attempt, workerId],
    );
    await this.log(client, run.id, 'info', `attempt ${attempt} started by worker ${workerId}`);
    const stored = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${this.schema}.round_metrics WHERE run_id = $1`,
      [run.id],
    );
    const storedRounds = onlyRow(stored.rows, 'count of stored rounds').n;
    if (storedRounds > 0) {
      await this.log(client, run.id, 'info', restartNote(attempt, storedRounds));
    }
    return {
      runId: run.id,
      experimentId: run.experiment_id,
      key: run.key,
      group: run.run_group,
      arm: run.arm,
      seed: run.seed,
      params: run.params,
      totalRounds: run.total_rounds,
      attempt,
      workerId,
      runSpec: run.run_spec,
      job: { id: job.id, retryCount: job.retryCount },
    };
  }

  /** Runs whose job pg-boss gave up on (every delivery lost) are failed, if still open. */
  private async failLostJobs(): Promise<void> {
    const lost = await this.jobs.fetchLost();
    if (lost.length === 0) return;
    await inTransaction(this.pool, async (client) => {
      for (const job of lost) {
        const { rowCount } = await client.query(
          `UPDATE ${this.schema}.runs SET status = 'failed', finished_at = clock_timestamp(),
             worker_id = NULL, error = 'lost by every worker that held it; pg-boss gave up'
           WHERE id = $1 AND status IN ('queued', 'running')`,
          [job.runId],
        );
        if (rowCount === 1) await this.log(client, job.runId, 'error', 'failed: job dead-lettered');
      }
      await this.jobs.completeLost(lost, client);
    });
  }

  private async upsertRound(
    client: PoolClient,
    runId: string,
    round: number,
    metrics: Record<string, number>,
  ) {
    await client.query(
      `INSERT INTO ${this.schema}.round_metrics (run_id, round, metrics) VALUES ($1, $2, $3::json)
       ON CONFLICT (run_id, round) DO UPDATE SET metrics = EXCLUDED.metrics`,
      [runId, round, toJson(metrics)],
    );
  }

  async log(
    client: Pool | PoolClient,
    runId: string,
    level: RunLog['level'],
    message: string,
  ): Promise<void> {
    await appendPostgresLog(client, this.schema, { runId, level, message });
  }
}

function stateOf(rows: readonly { cancelled: boolean }[]): ClaimState {
  const [row] = rows;
  if (row === undefined) return 'lost';
  return row.cancelled ? 'cancelled' : 'active';
}

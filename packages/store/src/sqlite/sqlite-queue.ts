import type { Database } from 'better-sqlite3';
import type { ClaimedRun, ClaimState, RoundInput, RunOutcome } from '../claims';
import { toJson } from '../internal/json';
import {
  lostTooOftenError,
  maxLostAttempts,
  type RunLog,
  type RunParams,
  restartNote,
} from '../records';
import { appendSqliteLog } from './sqlite-logs';

/**
 * The worker side of the SQLite store: a queue in the runs table. A claim is one
 * `BEGIN IMMEDIATE` transaction (one writer at a time across processes), so two workers never
 * take the same run; a held run carries a lease that heartbeats extend, and a claim first hands
 * back to the queue every run whose lease ran out (its worker died).
 */
export class SqliteQueue {
  constructor(
    private readonly db: Database,
    private readonly leaseMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  claim(workerId: string): ClaimedRun | null {
    return this.db
      .transaction(() => {
        const now = this.now();
        this.expireLostAttempts(now);
        const next = this.db
          .prepare(
            `SELECT id, (SELECT count(*) FROM round_metrics m WHERE m.run_id = runs.id) AS stored
             FROM runs WHERE status = 'queued' ORDER BY rowid LIMIT 1`,
          )
          .get() as { id: string; stored: number } | undefined;
        if (next === undefined) return null;
        const row = this.db
          .prepare(
            `UPDATE runs SET status = 'running', attempt = attempt + 1, worker_id = ?,
             lease_expires_at = ?, heartbeat_at = ?, started_at = ?, finished_at = NULL,
             current_round = 0, latest_metrics = NULL, error = NULL
           WHERE id = ? AND status = 'queued'
           RETURNING id, experiment_id, key, run_group, arm, seed, params, total_rounds, attempt,
             run_spec`,
          )
          .get(workerId, now + this.leaseMs, now, now, next.id) as ClaimRow;
        this.log(row.id, 'info', `attempt ${row.attempt} started by worker ${workerId}`, now);
        if (next.stored > 0) {
          this.log(row.id, 'info', restartNote(row.attempt, next.stored), now);
        }
        return claimFromRow(row, workerId);
      })
      .immediate();
  }

  heartbeat(claim: ClaimedRun): ClaimState {
    const now = this.now();
    const changed = this.db
      .prepare(
        `UPDATE runs SET heartbeat_at = ?, lease_expires_at = ?
         WHERE id = ? AND status = 'running' AND attempt = ?`,
      )
      .run(now, now + this.leaseMs, claim.runId, claim.attempt).changes;
    return changed === 0 ? 'lost' : this.cancelledOr(claim.experimentId, 'active');
  }

  recordRound(claim: ClaimedRun, round: RoundInput): ClaimState {
    const now = this.now();
    const written = this.db
      .transaction(() => {
        const changed = this.db
          .prepare(
            `UPDATE runs SET current_round = ?, latest_metrics = ?, heartbeat_at = ?,
             lease_expires_at = ?
           WHERE id = ? AND status = 'running' AND attempt = ?`,
          )
          .run(
            round.completedRounds,
            toJson(round.metrics),
            now,
            now + this.leaseMs,
            claim.runId,
            claim.attempt,
          ).changes;
        if (changed === 0) return false;
        this.upsertRound(claim.runId, round.round, round.metrics);
        return true;
      })
      .immediate();
    return written ? this.cancelledOr(claim.experimentId, 'active') : 'lost';
  }

  finish(claim: ClaimedRun, outcome: RunOutcome): boolean {
    const now = this.now();
    return this.db
      .transaction(() => {
        const succeeded = outcome.status === 'succeeded';
        const last = succeeded ? outcome.rounds[outcome.rounds.length - 1] : undefined;
        const changed = this.db
          .prepare(
            `UPDATE runs SET status = ?, finished_at = ?, lease_expires_at = NULL,
             backend = COALESCE(?, backend), summary = ?, details = ?, error = ?,
             current_round = COALESCE(?, current_round),
             latest_metrics = COALESCE(?, latest_metrics)
           WHERE id = ? AND status = 'running' AND attempt = ?`,
          )
          .run(
            outcome.status,
            now,
            succeeded ? outcome.backend : null,
            succeeded ? toJson(outcome.summary) : null,
            succeeded && outcome.details !== undefined ? toJson(outcome.details) : null,
            outcome.status === 'failed' ? outcome.error : null,
            succeeded ? outcome.rounds.length : null,
            last ? toJson(last.metrics) : null,
            claim.runId,
            claim.attempt,
          ).changes;
        if (changed === 0) return false;
        if (succeeded) {
          // The stored rounds become exactly the winning attempt's, whatever earlier attempts left.
          this.db.prepare('DELETE FROM round_metrics WHERE run_id = ?').run(claim.runId);
          for (const record of outcome.rounds) {
            this.upsertRound(claim.runId, record.round, record.metrics);
          }
        }
        const failed = outcome.status === 'failed';
        appendSqliteLog(this.db, {
          runId: claim.runId,
          level: failed ? 'error' : 'info',
          message: `attempt ${claim.attempt} ${outcome.status}${failed ? `: ${outcome.error}` : ''}`,
          detail: failed ? outcome.stack : undefined,
          at: now,
        });
        return true;
      })
      .immediate();
  }

  release(claim: ClaimedRun): void {
    const now = this.now();
    this.db
      .transaction(() => {
        const changed = this.db
          .prepare(
            `UPDATE runs SET status = CASE WHEN
               (SELECT cancelled FROM experiments WHERE id = runs.experiment_id) = 1
               THEN 'cancelled' ELSE 'queued' END,
             finished_at = CASE WHEN
               (SELECT cancelled FROM experiments WHERE id = runs.experiment_id) = 1
               THEN ? ELSE NULL END,
             worker_id = NULL, lease_expires_at = NULL, max_attempts = max_attempts + 1,
             current_round = 0, latest_metrics = NULL
           WHERE id = ? AND status = 'running' AND attempt = ?`,
          )
          .run(now, claim.runId, claim.attempt).changes;
        if (changed > 0) {
          this.log(
            claim.runId,
            'info',
            `attempt ${claim.attempt} released by worker ${claim.workerId}`,
            now,
          );
        }
      })
      .immediate();
  }

  /** Runs whose lease ran out go back to the queue, or fail once out of attempts. */
  private expireLostAttempts(now: number): void {
    const lost = this.db
      .prepare(
        `SELECT r.id, r.attempt, r.max_attempts, r.lost_attempts, r.worker_id, e.cancelled
         FROM runs r JOIN experiments e ON e.id = r.experiment_id
         WHERE r.status = 'running' AND r.lease_expires_at < ?`,
      )
      .all(now) as LostRow[];
    for (const run of lost) {
      const message = `attempt ${run.attempt} lost: worker ${run.worker_id} stopped heartbeating`;
      const lostAttempts = run.lost_attempts + 1;
      this.db.prepare('UPDATE runs SET lost_attempts = ? WHERE id = ?').run(lostAttempts, run.id);
      if (run.cancelled === 1) {
        this.setStatus(run.id, 'cancelled', null, now);
      } else if (lostAttempts >= maxLostAttempts) {
        this.setStatus(run.id, 'failed', lostTooOftenError(lostAttempts), now);
      } else if (run.attempt >= run.max_attempts) {
        this.setStatus(run.id, 'failed', `${message}; gave up after ${run.attempt} attempts`, now);
      } else {
        this.setStatus(run.id, 'queued', null, null);
      }
      this.log(run.id, 'warn', message, now);
    }
  }

  private setStatus(id: string, status: string, error: string | null, finishedAt: number | null) {
    this.db
      .prepare(
        `UPDATE runs SET status = ?, error = ?, finished_at = ?, worker_id = NULL,
           lease_expires_at = NULL,
           current_round = CASE WHEN ? = 'queued' THEN 0 ELSE current_round END
         WHERE id = ?`,
      )
      .run(status, error, finishedAt, status, id);
  }

  private upsertRound(runId: string, round: number, metrics: Record<string, number>): void {
    this.db
      .prepare(
        `INSERT INTO round_metrics (run_id, round, metrics) VALUES (?, ?, ?)
         ON CONFLICT (run_id, round) DO UPDATE SET metrics = excluded.metrics`,
      )
      .run(runId, round, toJson(metrics));
  }

  private cancelledOr(experimentId: string, state: ClaimState): ClaimState {
    const row = this.db
      .prepare('SELECT cancelled FROM experiments WHERE id = ?')
      .get(experimentId) as { cancelled: number } | undefined;
    return row?.cancelled === 1 ? 'cancelled' : state;
  }

  log(runId: string, level: RunLog['level'], message: string, at = this.now()): void {
    appendSqliteLog(this.db, { runId, level, message, at });
  }
}

interface ClaimRow {
  id: string;
  experiment_id: string;
  key: string;
  run_group: string;
  arm: string;
  seed: number;
  params: string;
  total_rounds: number;
  attempt: number;
  run_spec: string;
}

interface LostRow {
  id: string;
  attempt: number;
  max_attempts: number;
  lost_attempts: number;
  worker_id: string | null;
  cancelled: number;
}

function claimFromRow(row: ClaimRow, workerId: string): ClaimedRun {
  return {
    runId: row.id,
    experimentId: row.experiment_id,
    key: row.key,
    group: row.run_group,
    arm: row.arm,
    seed: row.seed,
    params: JSON.parse(row.params) as RunParams,
    totalRounds: row.total_rounds,
    attempt: row.attempt,
    workerId,
    runSpec: JSON.parse(row.run_spec) as unknown,
  };
}

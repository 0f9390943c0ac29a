import type { Metrics, RunParams, RunStatus, RunSummary } from '../records';

export interface PgRunRow {
  id: string;
  experiment_id: string;
  key: string;
  run_group: string;
  arm: string;
  seed: number;
  params: RunParams;
  status: RunStatus;
  attempt: number;
  max_attempts: number;
  worker_id: string | null;
  heartbeat_at: Date | null;
  current_round: number;
  total_rounds: number;
  latest_metrics: Metrics | null;
  summary: Metrics | null;
  backend: string | null;
  error: string | null;
  started_at: Date | null;
  finished_at: Date | null;
}

/**
 * The row of a query that always returns exactly one (an aggregate such as count(*), or
 * pg_current_snapshot()); throws, naming the query, if it returned none.
 */
export function onlyRow<Row>(rows: readonly Row[], query: string): Row {
  const row = rows[0];
  if (row === undefined) throw new Error(`${query}: expected one row, the query returned none`);
  return row;
}

export const iso = (date: Date | null): string | null =>
  date === null ? null : date.toISOString();

export function runSummaryFromPgRow(row: PgRunRow): RunSummary {
  return {
    id: row.id,
    experimentId: row.experiment_id,
    key: row.key,
    group: row.run_group,
    arm: row.arm,
    seed: row.seed,
    params: row.params,
    status: row.status,
    attempt: row.attempt,
    maxAttempts: row.max_attempts,
    workerId: row.worker_id,
    currentRound: row.current_round,
    totalRounds: row.total_rounds,
    latestMetrics: row.latest_metrics,
    summary: row.summary,
    backend: row.backend,
    error: row.error,
    heartbeatAt: iso(row.heartbeat_at),
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
  };
}

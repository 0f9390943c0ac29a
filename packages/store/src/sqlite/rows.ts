import { fromJson, metricsFromJson } from '../internal/json';
import type { RunParams, RunStatus, RunSummary } from '../records';

export interface SqliteRunRow {
  id: string;
  experiment_id: string;
  key: string;
  run_group: string;
  arm: string;
  seed: number;
  params: string;
  status: RunStatus;
  attempt: number;
  max_attempts: number;
  worker_id: string | null;
  heartbeat_at: number | null;
  current_round: number;
  total_rounds: number;
  latest_metrics: string | null;
  summary: string | null;
  backend: string | null;
  error: string | null;
  started_at: number | null;
  finished_at: number | null;
}

export const isoOrNull = (ms: number | null): string | null =>
  ms === null ? null : new Date(ms).toISOString();

export function runSummaryFromRow(row: SqliteRunRow): RunSummary {
  return {
    id: row.id,
    experimentId: row.experiment_id,
    key: row.key,
    group: row.run_group,
    arm: row.arm,
    seed: row.seed,
    params: fromJson<RunParams>(row.params) ?? {},
    status: row.status,
    attempt: row.attempt,
    maxAttempts: row.max_attempts,
    workerId: row.worker_id,
    currentRound: row.current_round,
    totalRounds: row.total_rounds,
    latestMetrics: metricsFromJson(row.latest_metrics),
    summary: metricsFromJson(row.summary),
    backend: row.backend,
    error: row.error,
    heartbeatAt: isoOrNull(row.heartbeat_at),
    startedAt: isoOrNull(row.started_at),
    finishedAt: isoOrNull(row.finished_at),
  };
}

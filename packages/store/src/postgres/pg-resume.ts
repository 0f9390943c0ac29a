import type { PoolClient } from 'pg';
import { resumedNote } from '../records';
import { appendPostgresLog } from './pg-logs';
import { onlyRow } from './rows';
import type { RunJobs } from './run-jobs';

/**
 * The writes of PostgresStore.resumeExperiment, inside the caller's transaction: null when there
 * is no such experiment; nothing changed while a run still runs. The experiment row is locked
 * first, so a cancel at the same moment waits. Each resumed run gets as many attempts again as
 * it had (max_attempts grows by the attempts it used), a fresh job, and its lost count cleared.
 */
export async function resumeInPostgres(
  client: PoolClient,
  schema: string,
  jobs: RunJobs,
  id: string,
): Promise<{ requeued: number; stillRunning: number } | null> {
  const found = await client.query(`SELECT 1 FROM ${schema}.experiments WHERE id = $1 FOR UPDATE`, [
    id,
  ]);
  if (found.rowCount === 0) return null;
  const running = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${schema}.runs WHERE experiment_id = $1 AND status = 'running'`,
    [id],
  );
  const stillRunning = onlyRow(running.rows, 'count of running runs').n;
  if (stillRunning > 0) return { requeued: 0, stillRunning };
  await client.query(`UPDATE ${schema}.experiments SET cancelled = false WHERE id = $1`, [id]);
  // Job ids are ours (runs.job_id), so a later cancel deletes exactly these jobs.
  const { rows } = await client.query<{ id: string; job_id: string; attempts_left: number }>(
    `UPDATE ${schema}.runs SET status = 'queued', max_attempts = max_attempts + attempt,
       lost_attempts = 0, worker_id = NULL, heartbeat_at = NULL, finished_at = NULL, error = NULL,
       current_round = 0, latest_metrics = NULL, job_id = gen_random_uuid()
     WHERE experiment_id = $1 AND status IN ('cancelled', 'failed')
     RETURNING id, job_id, max_attempts - attempt AS attempts_left`,
    [id],
  );
  const byAttemptsLeft = new Map<number, { runId: string; jobId: string }[]>();
  for (const run of rows) {
    const batch = byAttemptsLeft.get(run.attempts_left) ?? [];
    batch.push({ runId: run.id, jobId: run.job_id });
    byAttemptsLeft.set(run.attempts_left, batch);
  }
  for (const [attemptsLeft, batch] of byAttemptsLeft) {
    await jobs.enqueue(client, batch, attemptsLeft);
  }
  for (const run of rows) {
    await appendPostgresLog(client, schema, { runId: run.id, level: 'info', message: resumedNote });
  }
  return { requeued: rows.length, stillRunning: 0 };
}

import type { PoolClient } from 'pg';
import { PgBoss } from 'pg-boss';
import { bossDb } from './transaction';

export interface RunJobsOptions {
  connectionString: string;
  /** pg-boss's own schema. */
  schema: string;
  /** A held job whose worker has not touched it for this long is retried (pg-boss minimum 10). */
  heartbeatSeconds: number;
  /** How often this process looks for jobs whose worker went quiet. */
  superviseIntervalSeconds: number;
  onError(error: Error): void;
}

export interface RunJob {
  id: string;
  retryCount: number;
  runId: string;
}

const runQueue = 'goodhart-runs';
/** Jobs pg-boss gave up on (out of its own retries) land here, so their runs can be failed. */
const lostQueue = 'goodhart-runs-lost';
// A run may be held this long at most, heartbeats or not (pg-boss's ceiling is 24 hours).
const expireInSeconds = 24 * 60 * 60;
const keepQueuedSeconds = 365 * 24 * 60 * 60;

/**
 * Job delivery for the PostgreSQL store, through pg-boss: one job per run (data: the run id).
 * pg-boss gives each job to one worker at a time (SKIP LOCKED) and hands it out again when the
 * worker stops heartbeating. Run status, attempts and metrics stay in the store's own tables;
 * a job only says "this run needs a worker".
 */
export class RunJobs {
  private readonly boss: PgBoss;

  constructor(private readonly options: RunJobsOptions) {
    this.boss = new PgBoss({
      connectionString: options.connectionString,
      schema: options.schema,
      max: 4,
      schedule: false,
      supervise: true,
      superviseIntervalSeconds: options.superviseIntervalSeconds,
      monitorIntervalSeconds: options.superviseIntervalSeconds,
    });
    this.boss.on('error', options.onError);
  }

  /**
   * Starts pg-boss and creates the queues if missing. Resolves with the heartbeat the run queue
   * actually has: the first process to create it set it, and every worker must beat faster.
   */
  async start(): Promise<number> {
    await this.boss.start();
    await this.boss.createQueue(lostQueue, { retentionSeconds: keepQueuedSeconds });
    await this.boss.createQueue(runQueue, {
      heartbeatSeconds: this.options.heartbeatSeconds,
      expireInSeconds,
      retentionSeconds: keepQueuedSeconds,
      retryDelay: 0,
      deadLetter: lostQueue,
    });
    const queue = await this.boss.getQueue(runQueue);
    return queue?.heartbeatSeconds ?? this.options.heartbeatSeconds;
  }

  /**
   * Queues one job per run inside the caller's transaction, so runs and jobs appear together.
   * The job ids are the caller's (runs.job_id), so a cancel can delete exactly those jobs.
   */
  async enqueue(
    client: PoolClient,
    jobs: readonly { runId: string; jobId: string }[],
    attemptsLeft: number,
  ): Promise<void> {
    if (jobs.length === 0) return;
    // One delivery per attempt, plus one to notice the last attempt was lost and fail the run.
    const retryLimit = attemptsLeft + 1;
    await this.boss.insert(
      runQueue,
      jobs.map(({ runId, jobId }) => ({ id: jobId, data: { runId }, retryLimit })),
      { db: bossDb(client) },
    );
  }

  /** Deletes these jobs inside the caller's transaction (their runs were cancelled). */
  async remove(client: PoolClient, jobIds: readonly string[]): Promise<void> {
    if (jobIds.length === 0) return;
    await this.boss.deleteJob(runQueue, [...jobIds], { db: bossDb(client) });
  }

  /** Jobs not yet handed to a worker, of these runs (for tests and operators). */
  async queuedFor(runIds: readonly string[]): Promise<number> {
    let n = 0;
    for (const runId of runIds) {
      n += (await this.boss.findJobs(runQueue, { data: { runId }, queued: true })).length;
    }
    return n;
  }

  async fetch(): Promise<RunJob | null> {
    const [job] = await this.boss.fetch<{ runId: string }>(runQueue, { batchSize: 1 });
    return job ? { id: job.id, retryCount: job.retryCount, runId: job.data.runId } : null;
  }

  async fetchLost(): Promise<RunJob[]> {
    const jobs = await this.boss.fetch<{ runId: string }>(lostQueue, { batchSize: 20 });
    return jobs.map((job) => ({ id: job.id, retryCount: job.retryCount, runId: job.data.runId }));
  }

  /** False when pg-boss no longer counts this attempt as holding the job. */
  async touch(job: { id: string; retryCount: number }): Promise<boolean> {
    const response = await this.boss.touch(runQueue, { id: job.id, retryCount: job.retryCount });
    return (response as { affected?: number }).affected === 1;
  }

  async complete(job: { id: string; retryCount: number }, client?: PoolClient): Promise<void> {
    await this.boss.complete(
      runQueue,
      { id: job.id, retryCount: job.retryCount },
      null,
      client ? { db: bossDb(client) } : {},
    );
  }

  async completeLost(jobs: readonly RunJob[], client: PoolClient): Promise<void> {
    if (jobs.length === 0) return;
    await this.boss.complete(
      lostQueue,
      jobs.map((job) => job.id),
      null,
      { db: bossDb(client) },
    );
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: false, close: true, timeout: 5_000 });
  }
}

// `tsx measure-pg-restart.ts`: how long one run takes on PostgreSQL with and without a restart
// of the database in the middle of it, and whether the run goes on from its last recorded round
// (same attempt, every round stored once, the same summary as the uninterrupted run). Prints
// JSON; the figures are in packages/store/README.md. Not a test: it restarts a real cluster,
// which every process using that cluster feels (GOODHART_TEST_DATABASE_URL, and
// GOODHART_PG_RESTART: the command that restarts it and returns once it accepts connections).
import { exec } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { PostgresStore } from '@goodhart/store';
import { prepareSubmission } from '@goodhart/store/submission';
import { dropTestSchema, itemAt, uniqueSchema } from '@goodhart/store/testing';
import { serveRuns } from '../serve-runs';

const url = process.env.GOODHART_TEST_DATABASE_URL;
const restartCommand = process.env.GOODHART_PG_RESTART;
if (!url || !restartCommand) {
  throw new Error('set GOODHART_TEST_DATABASE_URL and GOODHART_PG_RESTART');
}
const rounds = Number(process.env.ROUNDS ?? 16);
// USERS=300 ITEMS=200 ROUNDS=40: rounds shorter than the outage, so store calls meet it.
const numUsers = Number(process.env.USERS ?? 1_000);
const numItems = Number(process.env.ITEMS ?? 500);

/** One mf run in a mid-sized world: long enough that a restart lands in its middle. */
const spec = (name: string) => ({
  name,
  rounds,
  seeds: { count: 1, base: 3 },
  world: { numUsers, numItems, numCreators: 10 },
  arms: [{ name: 'mf', model: { kind: 'mf' } }],
});

async function measure(restartAtRound: number | null) {
  const schema = uniqueSchema('gh_restart');
  const store = new PostgresStore({
    connectionString: url as string,
    schema,
    onError: () => undefined, // the restart drops every connection; the run's log says what it did
  });
  const events: string[] = [];
  try {
    await store.start();
    const submission = prepareSubmission(spec('pg restart'));
    await store.submitExperiment(submission);
    const began = performance.now();
    const controller = new AbortController();
    const worker = serveRuns({
      store,
      concurrency: 1,
      exitWhenIdle: true,
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'claimed' || event.type === 'error') {
          events.push(
            `${((performance.now() - began) / 1000).toFixed(1)} s ${JSON.stringify(event)}`,
          );
        }
      },
    });
    let outage: { atRound: number; seconds: number } | null = null;
    // When each round was first seen stored (polled every 100 ms): the longest gap between two
    // is the pause the restart cost.
    const roundSeenAt: number[] = [];
    let finished = false;
    void worker.finally(() => {
      finished = true;
    });
    while (!finished) {
      const run = await store
        .listRuns(submission.id)
        .then(([only]) => only ?? null)
        .catch(() => null); // the database is restarting
      if (run !== null) {
        while (roundSeenAt.length < run.currentRound) roundSeenAt.push(performance.now() - began);
        if (restartAtRound !== null && outage === null && run.currentRound >= restartAtRound) {
          const start = performance.now();
          await promisify(exec)(restartCommand as string); // not execSync: the worker goes on meanwhile
          outage = { atRound: run.currentRound, seconds: (performance.now() - start) / 1000 };
        }
      }
      await sleep(100);
    }
    await worker;
    const gaps = roundSeenAt.slice(1).map((at, i) => (at - roundSeenAt[i]!) / 1000);
    const seconds = (performance.now() - began) / 1000;
    const run = itemAt(await store.listRuns(submission.id), 0, 'the run');
    const stored = await store.listRoundMetrics(submission.id);
    const logs = await store.listLogs(run.id, 50);
    return {
      restartAtRound,
      outage,
      seconds: Number(seconds.toFixed(1)),
      medianRoundGapSeconds: Number(
        [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]?.toFixed(2),
      ),
      longestRoundGapSeconds: Number(Math.max(...gaps).toFixed(2)),
      status: run.status,
      attempt: run.attempt,
      roundsStored: stored.length,
      distinctRounds: new Set(stored.map((row) => row.round)).size,
      summary: run.summary,
      logs: logs.map((log) => `${log.level}: ${log.message}`),
      events,
    };
  } finally {
    await store.close();
    await dropTestSchema(url as string, schema);
  }
}

const conditions = {
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  loadBefore: loadavg().map((load) => Number(load.toFixed(2))),
  node: process.version,
  world: `${numUsers} users x ${numItems} items, ${rounds} rounds`,
};
const baseline = await measure(null);
const restarted = await measure(Math.floor(rounds / 2));
console.log(
  JSON.stringify(
    {
      conditions: { ...conditions, loadAfter: loadavg().map((load) => Number(load.toFixed(2))) },
      baseline: { ...baseline, summary: undefined },
      restarted: { ...restarted, summary: undefined },
      sameSummary: JSON.stringify(baseline.summary) === JSON.stringify(restarted.summary),
    },
    null,
    2,
  ),
);

import type { ClaimedRun } from '@goodhart/store';
import { prepareSubmission } from '@goodhart/store/submission';
import { itemAt, tinySpec } from '@goodhart/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi } from '../test-helpers';
import { createApiHandler } from './handler';

// experiments.progress over HTTP for the largest experiment the limits allow (2,000 runs, half
// of them finished with a 40-metric summary, as the dashboard polls it): after the first full
// read a poll carries the experiment's counts and only the runs that changed or are running.

let api: ReturnType<typeof testApi>;
let handle: (req: Request) => Promise<Response>;
let experimentId: string;
let running: ClaimedRun[];

/** A finished run's summary as the runner writes it: 40 metrics. */
const summary = Object.fromEntries(
  Array.from({ length: 40 }, (_, i) => [`metric${i}Avg`, 0.123456789 + i]),
);

beforeAll(async () => {
  api = testApi();
  const submission = prepareSubmission(
    tinySpec({
      name: 'two thousand runs',
      seeds: { count: 100, base: 1 },
      sweep: { axes: [{ path: 'rounds', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }] },
    }),
  );
  experimentId = submission.id;
  await api.store.submitExperiment(submission);
  for (let i = 0; i < 1_000; i++) {
    const claim = await api.store.claimRun('w');
    if (claim === null) throw new Error('nothing to claim');
    const rounds = [{ round: 0, metrics: { ctr: 0.5 } }];
    await api.store.finishRun(claim, { status: 'succeeded', backend: 'cpu', summary, rounds });
  }
  running = [];
  for (let i = 0; i < 2; i++) running.push((await api.store.claimRun('w')) as ClaimedRun);
  handle = createApiHandler({ store: api.store, token: '', allowedHosts: ['localhost'] });
}, 120_000);

afterAll(async () => {
  await api?.done();
});

interface Progress {
  fraction: number;
  cursor: string;
  complete: boolean;
  experiment: { counts: Record<string, number>; totalRuns: number };
  runs: { id: string; status: string; currentRound: number }[];
}

async function query<T>(path: string, input: unknown): Promise<{ body: T; bytes: number }> {
  const encoded = encodeURIComponent(JSON.stringify(input));
  const response = await handle(
    new Request(`http://localhost/api/trpc/${path}?input=${encoded}`, {
      headers: { host: 'localhost' },
    }),
  );
  expect(response.status).toBe(200);
  const text = await response.text();
  return { body: (JSON.parse(text) as { result: { data: T } }).result.data, bytes: text.length };
}

it('sends a poll after the first full read only the changed and the running runs', async () => {
  const full = await query<Progress & { spec: unknown }>('experiments.get', { id: experimentId });
  expect(full.body.runs).toHaveLength(2_000);

  // Nothing changed: the counts, and the two running runs (their liveness moves with time).
  const quiet = await query<Progress>('experiments.progress', {
    id: experimentId,
    since: full.body.cursor,
  });
  expect(quiet.body.complete).toBe(false);
  expect(quiet.body.runs.map((run) => run.id).sort()).toEqual(
    running.map((claim) => claim.runId).sort(),
  );
  expect(quiet.body.experiment.counts).toMatchObject({ succeeded: 1_000, running: 2 });

  // One running run records a round, the other finishes, a third is claimed.
  const recording = itemAt(running, 0, 'the first running run');
  const finishing = itemAt(running, 1, 'the second running run');
  await api.store.recordRound(recording, { round: 0, completedRounds: 1, metrics: { ctr: 1 } });
  await api.store.finishRun(finishing, {
    status: 'succeeded',
    backend: 'cpu',
    summary,
    rounds: [{ round: 0, metrics: { ctr: 0.5 } }],
  });
  const third = (await api.store.claimRun('w')) as ClaimedRun;
  const moved = await query<Progress>('experiments.progress', {
    id: experimentId,
    since: quiet.body.cursor,
  });
  expect(moved.body.runs.map((run) => [run.id, run.status]).sort()).toEqual(
    [
      [recording.runId, 'running'],
      [finishing.runId, 'succeeded'],
      [third.runId, 'running'],
    ].sort(),
  );
  expect(moved.body.runs.find((run) => run.id === recording.runId)?.currentRound).toBe(1);
  expect(moved.body.experiment.counts).toMatchObject({ succeeded: 1_001, running: 2 });

  // The whole list, for comparison: what every poll carried before the cursor.
  const everything = await query<Progress>('experiments.progress', { id: experimentId });
  expect(everything.body.complete).toBe(true);
  expect(everything.body.runs).toHaveLength(2_000);
  expect(everything.body.fraction).toBeCloseTo(moved.body.fraction, 12);
  // Three runs of 2,000: well under a hundredth of the bytes.
  expect(moved.bytes * 100).toBeLessThan(everything.bytes);
});

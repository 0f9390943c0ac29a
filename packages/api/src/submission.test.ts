import { SpecError } from '@goodhart/experiment/spec';
import { itemAt, tinySpec } from '@goodhart/store/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { rejection, testApi } from './test-helpers';

let api: ReturnType<typeof testApi>;
afterEach(async () => {
  await api?.done();
});

describe('experiments.submit', () => {
  it('queues one run per arm x sweep point x seed, once per spec', async () => {
    api = testApi();
    const spec = tinySpec({ sweep: { axes: [{ path: 'rounds', values: [2, 3] }] } });
    const first = await api.caller.experiments.submit({ spec });
    expect(first.created).toBe(true);
    expect(first.experiment).toMatchObject({ status: 'queued', totalRuns: 8, name: 'tiny' });
    const again = await api.caller.experiments.submit({ spec });
    expect(again).toMatchObject({ created: false, experiment: { id: first.experiment.id } });
    expect(await api.caller.experiments.list()).toHaveLength(1);
  });

  it('rejects a bad spec with every wrong field and why', async () => {
    api = testApi();
    const spec = { ...tinySpec(), rounds: 0, arms: [{ name: 'bad name!', model: { kind: 'mf' } }] };
    const error = await rejection(api.caller.experiments.submit({ spec }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause).toBeInstanceOf(SpecError);
    const paths = (error.cause as SpecError).issues.map((issue) => issue.path);
    expect(paths).toContain('rounds');
    expect(paths).toContain('arms.0.name');
    expect(await api.caller.experiments.list()).toEqual([]);
  });

  it('refuses an oversized spec before queueing anything', async () => {
    api = testApi();
    const billion = tinySpec({ world: { numUsers: 1_000_000_000, numItems: 24, numCreators: 4 } });
    const tooMany = await rejection(api.caller.experiments.submit({ spec: billion }));
    expect((tooMany.cause as SpecError).issues.map((i) => i.path)).toContain('world.numUsers');

    // Each field within bounds, the whole far beyond what one machine is asked to do.
    const huge = tinySpec({
      world: { numUsers: 100_000, numItems: 50_000, numCreators: 4 },
      rounds: 500,
      seeds: { count: 100, base: 1 },
    });
    const tooBig = await rejection(api.caller.experiments.submit({ spec: huge }));
    expect(tooBig.code).toBe('BAD_REQUEST');
    expect((tooBig.cause as SpecError).issues[0]?.path).toBe('world');
    expect(await api.caller.experiments.list()).toEqual([]);
  });

  it('validates without storing anything', async () => {
    api = testApi();
    const ok = await api.caller.experiments.validate({ spec: tinySpec() });
    expect(ok).toMatchObject({ ok: true, runCount: 4 });
    const bad = await api.caller.experiments.validate({ spec: { ...tinySpec(), rounds: -1 } });
    expect(bad.ok).toBe(false);
    expect(bad.ok === false && bad.issues.map((i) => i.path)).toEqual(['rounds']);
    expect(await api.caller.experiments.list()).toEqual([]);
  });
});

describe('reading and cancelling', () => {
  it('gets an experiment with its spec and runs, and its progress as rounds done', async () => {
    api = testApi();
    const { experiment } = await api.caller.experiments.submit({ spec: tinySpec() });
    const got = await api.caller.experiments.get({ id: experiment.id });
    expect(got.spec).toMatchObject({ name: 'tiny', rounds: 3 });
    expect(got.runs).toHaveLength(4);

    const claim = await api.store.claimRun('w');
    if (claim === null) throw new Error('nothing to claim');
    await api.store.recordRound(claim, { round: 0, completedRounds: 1, metrics: { ctr: 0.5 } });
    const progress = await api.caller.experiments.progress({ id: experiment.id });
    // 1 round done of 4 runs x 3 rounds.
    expect(progress.fraction).toBeCloseTo(1 / 12, 12);
    expect(progress.experiment.status).toBe('running');
    const running = progress.runs.find((run) => run.status === 'running');
    expect(running).toMatchObject({ currentRound: 1, totalRounds: 3, latestMetrics: { ctr: 0.5 } });
  });

  it('flags a running run whose worker has gone silent for longer than its lease', async () => {
    api = testApi({ leaseMs: 1500 });
    const { experiment } = await api.caller.experiments.submit({ spec: tinySpec() });
    const claim = await api.store.claimRun('w');
    if (claim === null) throw new Error('nothing to claim');
    const heard = (await api.caller.experiments.get({ id: experiment.id })).runs;
    const held = heard.find((run) => run.id === claim.runId);
    expect(held).toMatchObject({ status: 'running', stalled: false });
    expect(held?.silentForMs).toBeGreaterThanOrEqual(0);
    const others = heard.filter((run) => run.id !== claim.runId);
    expect(others.map((run) => [run.silentForMs, run.stalled])).toEqual(
      others.map(() => [null, false]),
    );
    // The worker never heartbeats again.
    await new Promise((resolve) => setTimeout(resolve, 1700));
    const progress = await api.caller.experiments.progress({ id: experiment.id });
    const silent = progress.runs.find((run) => run.id === claim.runId);
    expect(silent).toMatchObject({ status: 'running', stalled: true });
    expect(silent?.silentForMs).toBeGreaterThan(1500);
  });

  it('answers NOT_FOUND for an unknown id and BAD_REQUEST, naming the field, for a malformed one', async () => {
    api = testApi();
    const missing = await rejection(api.caller.experiments.get({ id: 'ffffffffffffffff' }));
    expect(missing.code).toBe('NOT_FOUND');
    const malformed = await rejection(api.caller.experiments.progress({ id: 'DROP TABLE' }));
    expect(malformed.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(malformed.cause)).toContain('16 lower-case hex digits');
    const cancelMissing = await rejection(
      api.caller.experiments.cancel({ id: 'ffffffffffffffff' }),
    );
    expect(cancelMissing.code).toBe('NOT_FOUND');
  });

  it('cancels: queued runs are cancelled at once, running ones told to stop', async () => {
    api = testApi();
    const { experiment } = await api.caller.experiments.submit({ spec: tinySpec() });
    await api.store.claimRun('w');
    const result = await api.caller.experiments.cancel({ id: experiment.id });
    expect(result).toMatchObject({ cancelledQueued: 3, stoppingRunning: 1 });
    expect(result.experiment.status).toBe('cancelled');
    expect(await api.caller.experiments.list({ status: 'cancelled' })).toHaveLength(1);
  });
});

describe('listing', () => {
  it('pages with the cursor of the last experiment shown, and searches names', async () => {
    api = testApi();
    for (const name of ['alpha one', 'beta', 'alpha two']) {
      await api.caller.experiments.submit({ spec: tinySpec({ name }) });
    }
    const first = await api.caller.experiments.list({ limit: 2 });
    expect(first).toHaveLength(2);
    const last = itemAt(first, 1, "the first page's last experiment");
    const second = await api.caller.experiments.list({
      limit: 2,
      cursor: { createdAt: last.createdAt, id: last.id },
    });
    expect([...first, ...second].map((e) => e.name).sort()).toEqual([
      'alpha one',
      'alpha two',
      'beta',
    ]);
    // What a TanStack infinite query sends for its first page.
    expect(
      await api.caller.experiments.list({ limit: 2, cursor: null, direction: 'forward' }),
    ).toEqual(first);
    const alphas = await api.caller.experiments.list({ search: '  ALPHA ' });
    expect(alphas.map((e) => e.name).sort()).toEqual(['alpha one', 'alpha two']);
  });

  it('refuses a malformed cursor, naming the field', async () => {
    api = testApi();
    const bad = await rejection(
      api.caller.experiments.list({ cursor: { createdAt: 'yesterday', id: 'ffffffffffffffff' } }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(bad.cause)).toContain('cursor');
    expect(JSON.stringify(bad.cause)).toContain('createdAt');
  });
});

describe('the shared token', () => {
  it('guards every call when set, reads included', async () => {
    api = testApi({ token: 'sekrit' });
    const spec = tinySpec();
    const without = await rejection(api.callerWith().experiments.submit({ spec }));
    expect(without.code).toBe('UNAUTHORIZED');
    const wrong = await rejection(api.callerWith('Bearer nope').experiments.submit({ spec }));
    expect(wrong.code).toBe('UNAUTHORIZED');
    const { experiment } = await api.callerWith('Bearer sekrit').experiments.submit({ spec });
    const cancel = await rejection(api.callerWith().experiments.cancel({ id: experiment.id }));
    expect(cancel.code).toBe('UNAUTHORIZED');
    expect((await rejection(api.callerWith().experiments.list())).code).toBe('UNAUTHORIZED');
    expect(await api.callerWith('Bearer sekrit').experiments.list()).toHaveLength(1);
    expect(
      (await api.callerWith('Bearer sekrit').experiments.cancel({ id: experiment.id })).experiment
        .status,
    ).toBe('cancelled');
  });

  it('is not needed when unset', async () => {
    api = testApi();
    expect((await api.callerWith().experiments.submit({ spec: tinySpec() })).created).toBe(true);
  });
});

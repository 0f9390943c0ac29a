import type { Store } from '@goodhart/store';
import { itemAt, tinySpec } from '@goodhart/store/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { failedStack, finishRuns, rejection, testApi } from './test-helpers';

let api: ReturnType<typeof testApi>;
afterEach(async () => {
  await api?.done();
});

/**
 * Hand-chosen per-round click rates and final summaries, by arm and seed. `ctrAvg` is the mean
 * of the rounds' ctr, as the runner computes it; `meanWelfareAvg` is chosen freely.
 */
const outcomes: Record<string, { ctr: number[]; summary: Record<string, number> }> = {
  'popular|1': {
    ctr: [0.1, 0.2, 0.3],
    summary: { ctr: 0.3, meanWelfare: 1, ctrAvg: 0.2, meanWelfareAvg: 0.5 },
  },
  'popular|2': {
    ctr: [0.3, 0.4, 0.5],
    summary: { ctr: 0.5, meanWelfare: 3, ctrAvg: 0.4, meanWelfareAvg: 1.5 },
  },
  'random|1': {
    ctr: [0.1, 0.1, 0.1],
    summary: { ctr: 0.1, meanWelfare: 1, ctrAvg: 0.1, meanWelfareAvg: 1 },
  },
  'random|2': {
    ctr: [0.1, 0.1, 0.1],
    summary: { ctr: 0.1, meanWelfare: 2, ctrAvg: 0.1, meanWelfareAvg: 2 },
  },
  'other|1': {
    ctr: [0.2, 0.2, 0.2],
    summary: { ctr: 0.2, meanWelfare: 2.5, ctrAvg: 0.2, meanWelfareAvg: 2 },
  },
  'other|2': {
    ctr: [0.2, 0.2, 0.2],
    summary: { ctr: 0.2, meanWelfare: 2.5, ctrAvg: 0.2, meanWelfareAvg: 2 },
  },
};

/** Works every queued run as a worker would, storing the hand-chosen numbers. */
async function completeAll(store: Store, shift = 0): Promise<void> {
  for (;;) {
    const claim = await store.claimRun('hand');
    if (claim === null) return;
    const outcome = outcomes[`${claim.arm}|${claim.seed}`];
    if (outcome === undefined) throw new Error(`no hand-chosen outcome for ${claim.key}`);
    const rounds = outcome.ctr.map((ctr, round) => ({ round, metrics: { ctr: ctr + shift } }));
    for (const [i, record] of rounds.entries()) {
      await store.recordRound(claim, { ...record, completedRounds: i + 1 });
    }
    await store.finishRun(claim, {
      status: 'succeeded',
      backend: 'cpu',
      summary: outcome.summary,
      rounds,
    });
  }
}

async function twoExperiments() {
  api = testApi();
  const left = await api.caller.experiments.submit({ spec: tinySpec({ name: 'left' }) });
  const right = await api.caller.experiments.submit({
    spec: tinySpec({
      name: 'right',
      world: { numUsers: 40, numItems: 24, numCreators: 4 },
      arms: [{ name: 'other', model: { kind: 'popularity' } }],
    }),
  });
  await completeAll(api.store);
  return { left: left.experiment.id, right: right.experiment.id };
}

describe('experiments.rounds', () => {
  it('gives every run its rounds and each group its mean per round', async () => {
    const { left } = await twoExperiments();
    const result = await api.caller.experiments.rounds({ id: left });
    expect(result.metrics).toEqual(['ctr']);
    // tinySpec's world leaves slateSize to the world's default (10), filled in.
    expect(result.slateSize).toBe(10);
    expect(result.runs).toHaveLength(4);
    expect(result.runs[0]?.rounds.map((r) => r.round)).toEqual([0, 1, 2]);
    const ctr = result.bands.ctr ?? [];
    const popular = itemAt(ctr, 0, 'the popular series');
    const random = itemAt(ctr, 1, 'the random series');
    expect(popular.label).toBe('popular');
    const means = popular.points.map((p) => p.mean ?? Number.NaN);
    [0.2, 0.3, 0.4].forEach((mean, round) => {
      expect(means[round]).toBeCloseTo(mean, 12);
    });
    expect(random.points.map((p) => p.mean)).toEqual([0.1, 0.1, 0.1]);
  });

  it('sends a poll only the rounds after its cursor, and the band points those touch', async () => {
    const { left } = await twoExperiments();
    // Runs in the order the full read lists them: seed by seed, arms within a seed.
    const full = await api.caller.experiments.rounds({ id: left });
    expect(full.runs.map((r) => `${r.arm}|${r.seed}`)).toEqual([
      'popular|1',
      'random|1',
      'popular|2',
      'random|2',
    ]);
    // Held: popular seed 1 whole, random seed 1 up to round 0, nothing of popular seed 2,
    // random seed 2 not listed (nothing held).
    const poll = await api.caller.experiments.rounds({ id: left, afterRound: [2, 0, -1] });
    expect(poll.runs.map((r) => r.rounds.map((x) => x.round))).toEqual([
      [],
      [1, 2],
      [0, 1, 2],
      [0, 1, 2],
    ]);
    // Every round was sent by some run, so every band point is recomputed over both seeds:
    // popular's round 1 is the mean of 0.2 and 0.4.
    expect(poll.bands.ctr?.[0]?.points.map((p) => p.round)).toEqual([0, 1, 2]);
    expect(poll.bands.ctr?.[0]?.points[1]?.mean).toBeCloseTo(0.3, 12);
    // Without the runs' own numbers: round numbers only, the bands as before.
    const lean = await api.caller.experiments.rounds({ id: left, runMetrics: false });
    expect(lean.runs[0]?.rounds).toEqual([0, 1, 2].map((round) => ({ round, metrics: {} })));
    expect(lean.bands).toEqual(full.bands);
    // Holding everything: nothing comes back, no band point, no metric.
    const idle = await api.caller.experiments.rounds({ id: left, afterRound: [2, 2, 2, 2] });
    expect(idle.runs.every((r) => r.rounds.length === 0)).toBe(true);
    expect(idle.bands).toEqual({});
    // Only round 2 of random seed 1: only round 2's band points, of every group.
    const last = await api.caller.experiments.rounds({ id: left, afterRound: [2, 1, 2, 2] });
    expect(last.bands.ctr?.map((s) => s.points.map((p) => p.round))).toEqual([[2], [2]]);
    expect(last.bands.ctr?.[0]?.points[0]?.mean).toBeCloseTo(0.4, 12);
  });

  it('refuses a cursor with more entries than runs, or a round below -1, naming the field', async () => {
    const { left } = await twoExperiments();
    await expect(
      rejection(api.caller.experiments.rounds({ id: left, afterRound: [0, 0, 0, 0, 0] })),
    ).resolves.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^afterRound: 5 entries, but the experiment has 4 runs/),
    });
    const bad = await rejection(api.caller.experiments.rounds({ id: left, afterRound: [-2] }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.message).toContain('afterRound');
  });
});

describe('experiments.compare', () => {
  it('shows what differs, the overlaid curves and the welfare-engagement front', async () => {
    const { left, right } = await twoExperiments();
    const result = await api.caller.experiments.compare({
      refs: [{ experimentId: left }, { experimentId: right, arm: 'other' }],
    });
    expect(result.columns.map((c) => c.label)).toEqual(['left', 'right / other']);
    const numUsers = result.paramDiff.find((row) => row.path === 'world.numUsers');
    expect(numUsers?.values).toEqual([30, 40]);
    expect(result.paramDiff.some((row) => row.path === 'rounds')).toBe(false);
    expect(result.curves.ctr?.map((s) => s.label)).toEqual([
      'left / popular',
      'left / random',
      'right / other',
    ]);

    // The default axes are the averages over rounds. Means over seeds: popular (0.3, 1), random
    // (0.1, 1.5), other (0.2, 2). random is beaten on both by other; popular has the most
    // engagement, other the most welfare.
    expect([result.pareto.x, result.pareto.y]).toEqual(['ctrAvg', 'meanWelfareAvg']);
    const points = result.pareto.points;
    expect(points.map((p) => [p.label, p.onFront])).toEqual([
      ['left / popular', true],
      ['left / random', false],
      ['right / other', true],
    ]);
    const near = (x: number, y: number) => [expect.closeTo(x, 12), expect.closeTo(y, 12)];
    expect(points.map((p) => [p.x, p.y])).toEqual([near(0.3, 1), near(0.1, 1.5), near(0.2, 2)]);
  });

  it('puts any two summary metrics on the Pareto axes', async () => {
    const { left, right } = await twoExperiments();
    const result = await api.caller.experiments.compare({
      refs: [{ experimentId: left }, { experimentId: right }],
      x: 'ctr',
      y: 'meanWelfare',
    });
    // Final-round means over seeds: popular (0.4, 2), random (0.1, 1.5), other (0.2, 2.5).
    const points = result.pareto.points.map((p) => [p.label, p.x, p.y, p.onFront]);
    expect(points).toEqual([
      ['left / popular', 0.4, 2, true],
      ['left / random', 0.1, 1.5, false],
      ['right / other', 0.2, 2.5, true],
    ]);
  });

  it('refuses fewer than two refs and an arm the experiment lacks', async () => {
    const { left } = await twoExperiments();
    await expect(
      api.caller.experiments.compare({ refs: [{ experimentId: left }] }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      api.caller.experiments.compare({
        refs: [{ experimentId: left }, { experimentId: left, arm: 'nope' }],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('names the id that is malformed or unknown, not only its position', async () => {
    const { left } = await twoExperiments();
    const malformed = await rejection(
      api.caller.experiments.compare({
        refs: [{ experimentId: left }, { experimentId: 'not-an-id' }],
      }),
    );
    const [issue] = (
      malformed.cause as unknown as { issues: { path: unknown[]; message: string }[] }
    ).issues;
    expect(issue?.path).toEqual(['refs', 1, 'experimentId']);
    expect(issue?.message).toMatch(/^"not-an-id" is not an experiment id/);
    const unknown = await rejection(
      api.caller.experiments.compare({
        refs: [{ experimentId: left }, { experimentId: 'ffffffffffffffff' }],
      }),
    );
    expect(unknown).toMatchObject({ code: 'NOT_FOUND' });
    expect(unknown.message).toContain('ffffffffffffffff');
  });
});

describe('experiments.export', () => {
  it('exports JSON with runs, rounds and per-arm summaries', async () => {
    const { left } = await twoExperiments();
    const file = await api.caller.experiments.export({ id: left, format: 'json' });
    expect(file.contentType).toBe('application/json');
    expect(file.filename).toBe(`left-${left}.json`);
    const document = JSON.parse(file.body);
    expect(document.runs).toHaveLength(4);
    expect(document.runs[0].rounds).toHaveLength(3);
    expect(document.summary.map((g: { arm: string }) => g.arm)).toEqual(['popular', 'random']);
    expect(document.summary[0].metrics.meanWelfare.mean).toBe(2);
    // random − popular (the first arm, the reference) in meanWelfare: seeds 1 − 1 = 0 and
    // 2 − 3 = −1, mean −0.5, no seed above 0; the spec has no claims to judge.
    expect(document.paired.map((c: { arm: string }) => c.arm)).toEqual(['random']);
    expect(document.paired[0].reference).toBe('popular');
    expect(document.paired[0].metrics.meanWelfare).toMatchObject({ mean: -0.5, n: 2, agreeing: 0 });
    expect(document.verdicts).toEqual([]);
  });

  it('exports CSV with one row per run and round', async () => {
    const { left } = await twoExperiments();
    const file = await api.caller.experiments.export({ id: left, format: 'csv' });
    const lines = file.body.trimEnd().split('\n');
    expect(lines[0]).toBe('experiment_id,run_key,arm,seed,round,ctr');
    expect(lines).toHaveLength(1 + 4 * 3);
    expect(lines[1]).toBe(`${left},arm=popular|seed=1,popular,1,0,0.1`);
  });
});

describe('experiments.logs', () => {
  it("lists a run's attempts in order, and refuses an id that is not a uuid", async () => {
    const { left } = await twoExperiments();
    const run = itemAt((await api.caller.experiments.get({ id: left })).runs, 0, 'the first run');
    const logs = await api.caller.experiments.logs({ runId: run.id });
    expect(logs.map((log) => log.message)).toEqual([
      'attempt 1 started by worker hand',
      'attempt 1 succeeded',
    ]);
    await expect(api.caller.experiments.logs({ runId: 'run-1' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it("gives a failed run's error with its stack, and only with the token when one is set", async () => {
    api = testApi({ token: 'sekrit', authorization: 'Bearer sekrit' });
    const { experiment } = await api.caller.experiments.submit({ spec: tinySpec() });
    await finishRuns(api.store, () => 'fail');
    const { runs } = await api.caller.experiments.get({ id: experiment.id });
    const run = itemAt(runs, 0, 'the failed run');
    const logs = await api.caller.experiments.logs({ runId: run.id });
    expect(logs.at(-1)).toMatchObject({
      level: 'error',
      message: 'attempt 1 failed: boom',
      detail: failedStack,
    });
    const anonymous = api.callerWith();
    expect((await rejection(anonymous.experiments.logs({ runId: run.id }))).code).toBe(
      'UNAUTHORIZED',
    );
  });
});

import { parseSpec } from '@goodhart/experiment/spec';
import { expect, it } from 'vitest';
import { runLogBounds } from '../internal/log-bounds';
import { prepareSubmission } from '../submission';
import { itemAt } from '../testing/item-at';
import { tinySpec } from '../testing/tiny-spec';
import { type ContractContext, oneRun, sleep, submitTiny } from './context';

export function registerRecordContract(context: ContractContext): void {
  it('stores an experiment with one queued run per arm x sweep point x seed', async () => {
    const { store } = context;
    const sweep = { axes: [{ path: 'rounds', values: [2, 3] }] };
    const { experiment, created } = await submitTiny(store, { sweep });
    expect(created).toBe(true);
    expect(experiment).toMatchObject({ status: 'queued', totalRuns: 8, cancelled: false });
    expect(experiment.counts).toEqual({
      queued: 8,
      running: 0,
      succeeded: 0,
      failed: 0,
      cancelled: 0,
    });
    expect(experiment.arms).toEqual(['popular', 'random']);

    const runs = await store.listRuns(experiment.id);
    expect(new Set(runs.map((run) => run.key)).size).toBe(8);
    expect(new Set(runs.map((run) => run.id)).size).toBe(8);
    // 2 sweep points x 2 seeds x 2 arms; the swept value decides each run's round count.
    expect(runs.map((run) => run.totalRounds)).toEqual([2, 2, 2, 2, 3, 3, 3, 3]);
    expect(runs[0]).toMatchObject({
      arm: 'popular',
      seed: 1,
      params: { rounds: 2 },
      status: 'queued',
      attempt: 0,
      maxAttempts: 3,
      currentRound: 0,
      latestMetrics: null,
      workerId: null,
    });
  });

  it('returns the existing experiment for the same spec, and queues nothing more', async () => {
    const { store, other } = context;
    const spec = tinySpec({ name: `twice ${Date.now()}` });
    const first = await store.submitExperiment(prepareSubmission(spec));
    const second = await other.submitExperiment(prepareSubmission(spec));
    expect(second.created).toBe(false);
    expect(second.experiment.id).toBe(first.experiment.id);
    expect(await store.listRuns(first.experiment.id)).toHaveLength(4);

    const stored = await store.getExperiment(first.experiment.id);
    expect(stored?.spec).toEqual(parseSpec(spec));
    expect(await store.getExperiment('0000000000000000')).toBeNull();
  });

  it('lists experiments newest first, filtered by status and limited', async () => {
    const { store } = context;
    const older = await submitTiny(store, oneRun);
    await sleep(5);
    const newer = await submitTiny(store, oneRun);
    await store.cancelExperiment(older.experiment.id);

    const [first] = await store.listExperiments({ limit: 1 });
    expect(first?.id).toBe(newer.experiment.id);
    const cancelled = await store.listExperiments({ status: 'cancelled' });
    expect(cancelled.map((e) => e.id)).toContain(older.experiment.id);
    expect(cancelled.map((e) => e.id)).not.toContain(newer.experiment.id);
    expect(cancelled.every((e) => e.status === 'cancelled')).toBe(true);
  });

  it('pages through experiments newest first, and searches names and presets', async () => {
    const { store } = context;
    const tag = `paging${Date.now()}`;
    const ids: string[] = [];
    const id = (i: number) => itemAt(ids, i, `experiment ${i}`);
    for (let i = 0; i < 5; i++) {
      const { experiment } = await submitTiny(store, {
        ...oneRun,
        name: `${tag} run ${i}`,
        preset: i === 3 ? `${tag}-preset` : undefined,
      });
      ids.push(experiment.id);
    }
    const all = await store.listExperiments({ search: tag });
    expect(new Set(all.map((e) => e.id))).toEqual(new Set(ids));
    const newestFirst = all.map((e) => Date.parse(e.createdAt));
    expect(newestFirst).toEqual([...newestFirst].sort((a, b) => b - a));

    // Pages of two, each starting after the last one's final experiment, add up to the list.
    const paged: string[] = [];
    let after: { createdAt: string; id: string } | undefined;
    for (let page = 0; page < 4; page++) {
      const items = await store.listExperiments({ search: tag, limit: 2, after });
      paged.push(...items.map((e) => e.id));
      const last = items[1];
      if (last === undefined) break;
      after = { createdAt: last.createdAt, id: last.id };
    }
    expect(paged).toEqual(all.map((e) => e.id));

    // Case does not matter; LIKE's wildcards in the search are literal characters.
    expect((await store.listExperiments({ search: tag.toUpperCase() })).length).toBe(5);
    expect(await store.listExperiments({ search: `${tag} run _` })).toEqual([]);
    expect(await store.listExperiments({ search: `${tag}%4` })).toEqual([]);
    const byPreset = await store.listExperiments({ search: `${tag}-PRESET` });
    expect(byPreset.map((e) => e.id)).toEqual([ids[3]]);
    const byId = await store.listExperiments({ search: id(1).slice(2, 12) });
    expect(byId.map((e) => e.id)).toEqual([ids[1]]);

    // A status filter pages too: the cancelled ones after the newest cancelled one.
    await store.cancelExperiment(id(0));
    await store.cancelExperiment(id(2));
    const cancelled = await store.listExperiments({ search: tag, status: 'cancelled' });
    expect(cancelled.map((e) => e.id).sort()).toEqual([ids[0], ids[2]].sort());
    const newest = itemAt(cancelled, 0, 'the newest cancelled experiment');
    const rest = await store.listExperiments({
      search: tag,
      status: 'cancelled',
      after: { createdAt: newest.createdAt, id: newest.id },
    });
    expect(rest.map((e) => e.id)).toEqual([itemAt(cancelled, 1, 'the older one').id]);
  });

  it('keeps a run log in order', async () => {
    const { store } = context;
    const { experiment } = await submitTiny(store, oneRun);
    const run = itemAt(await store.listRuns(experiment.id), 0, 'the run');
    await store.appendLog(run.id, 'info', 'first');
    await store.appendLog(run.id, 'warn', 'second');
    const logs = await store.listLogs(run.id);
    expect(logs.map((log) => [log.level, log.message])).toEqual([
      ['info', 'first'],
      ['warn', 'second'],
    ]);
    expect((await store.listLogs(run.id, 1)).map((log) => log.message)).toEqual(['second']);
    expect(logs.map((log) => log.detail)).toEqual([null, null]);
  });

  it("keeps an error's stack with its line, and a chatty run's log within its bounds", async () => {
    const { store } = context;
    const { experiment } = await submitTiny(store, oneRun);
    const run = itemAt(await store.listRuns(experiment.id), 0, 'the run');
    const stack = 'Error: boom\n    at run (run.ts:1:1)';
    await store.appendLog(run.id, 'error', 'failed: Error: boom', stack);
    const [failed] = await store.listLogs(run.id);
    expect(failed).toMatchObject({ level: 'error', message: 'failed: Error: boom', detail: stack });
    // Past the bound the oldest lines go, so the log holds the newest linesPerRun lines.
    const { linesPerRun, messageChars, detailChars } = runLogBounds;
    for (let i = 0; i < linesPerRun + 4; i++) await store.appendLog(run.id, 'info', `line ${i}`);
    const kept = await store.listLogs(run.id, 1_000);
    expect(kept).toHaveLength(linesPerRun);
    expect(kept.at(0)?.message).toBe('line 4');
    expect(kept.at(-1)?.message).toBe(`line ${linesPerRun + 3}`);
    // A huge message and stack are cut to their bounds, saying so.
    await store.appendLog(
      run.id,
      'error',
      'x'.repeat(10 * messageChars),
      'y'.repeat(10 * detailChars),
    );
    const huge = itemAt(await store.listLogs(run.id, 1), 0, 'the newest line');
    expect(huge.message).toHaveLength(messageChars);
    expect(huge.message.endsWith('(cut)')).toBe(true);
    expect(huge.detail).toHaveLength(detailChars);
    expect(await store.listLogs(run.id, 1_000)).toHaveLength(linesPerRun);
  });
}

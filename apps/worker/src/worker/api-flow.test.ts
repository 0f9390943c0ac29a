import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCaller, createContext } from '@goodhart/api';
import { SqliteStore } from '@goodhart/store';
import { tinySpec } from '@goodhart/store/testing';
import { expect, it } from 'vitest';
import { serveRuns } from './serve-runs';

// The dashboard's path without a browser: submit through the API, let a real worker run the
// runs with the real runner, then read progress, curves, a comparison and an export back.

it('submits through the API, runs on a worker, and reads results back through the API', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-flow-'));
  const store = new SqliteStore({ file: join(dir, 'goodhart.sqlite') });
  try {
    const api = createCaller(createContext({ store, token: '' }));
    const popular = await api.experiments.submit({ spec: tinySpec({ name: 'flow popular' }) });
    const random = await api.experiments.submit({
      spec: tinySpec({
        name: 'flow random',
        arms: [{ name: 'random', model: { kind: 'random' } }],
      }),
    });
    const report = await serveRuns({ store, concurrency: 2, exitWhenIdle: true });
    expect(report.runs.succeeded).toBe(6);

    const progress = await api.experiments.progress({ id: popular.experiment.id });
    expect(progress.fraction).toBe(1);
    expect(progress.experiment.status).toBe('succeeded');

    const rounds = await api.experiments.rounds({
      id: popular.experiment.id,
      metrics: ['ctr', 'meanWelfare'],
    });
    expect(rounds.bands.ctr?.map((s) => s.label)).toEqual(['popular', 'random']);
    const welfare = rounds.bands.meanWelfare?.[0]?.points;
    expect(welfare?.map((p) => p.round)).toEqual([0, 1, 2]);
    expect(welfare?.every((p) => typeof p.mean === 'number')).toBe(true);

    const compare = await api.experiments.compare({
      refs: [
        { experimentId: popular.experiment.id, arm: 'popular' },
        { experimentId: random.experiment.id, arm: 'random' },
      ],
    });
    expect(compare.paramDiff).toEqual([
      { path: 'arm.model.kind', values: ['popularity', 'random'], absent: [] },
    ]);
    expect(compare.pareto.points).toHaveLength(2);
    expect(compare.pareto.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(
      true,
    );
    expect(compare.pareto.points.some((p) => p.onFront)).toBe(true);

    const csv = await api.experiments.export({ id: popular.experiment.id, format: 'csv' });
    // A header and 4 runs x 3 rounds.
    expect(csv.body.trimEnd().split('\n')).toHaveLength(1 + 12);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

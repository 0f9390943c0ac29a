import { presetNames, presets } from '@goodhart/experiment/presets';
import { countRuns } from '@goodhart/experiment/spec';
import { afterEach, describe, expect, it } from 'vitest';
import { testApi } from './test-helpers';

let api: ReturnType<typeof testApi>;
afterEach(async () => {
  await api?.done();
});

describe('presets', () => {
  it('lists every preset with its size, in the order of the claims', async () => {
    api = testApi();
    const list = await api.caller.presets.list();
    expect(list.map((preset) => preset.name)).toEqual([...presetNames]);
    const clickTrap = list.find((preset) => preset.name === 'click-trap');
    expect(clickTrap?.runCount).toBe(countRuns(presets['click-trap']));
    expect(clickTrap?.rounds).toBe(presets['click-trap'].rounds);
  });

  it('gets one preset spec, and NOT_FOUND for an unknown name', async () => {
    api = testApi();
    expect((await api.caller.presets.get({ name: 'calibration' })).spec).toEqual(
      presets.calibration,
    );
    await expect(api.caller.presets.get({ name: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('submits a preset with the seed and round counts overridden', async () => {
    api = testApi();
    const { experiment } = await api.caller.experiments.submit({
      preset: 'click-trap',
      seeds: 1,
      // More than the preset's 5 random start-up rounds (a spec needs rounds of its arms' own).
      rounds: 7,
    });
    expect(experiment.preset).toBe('click-trap');
    const { spec, runs } = await api.caller.experiments.get({ id: experiment.id });
    expect(spec).toMatchObject({ rounds: 7, seeds: { count: 1 } });
    expect(
      runs.every((run) => run.seed === presets['click-trap'].seeds.base && run.totalRounds === 7),
    ).toBe(true);
    await expect(api.caller.experiments.submit({ preset: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

import { presetNames, presets } from '@goodhart/experiment/presets';
import { afterEach, describe, expect, it } from 'vitest';
import { claimedSpec } from './test-claims';
import { finishRuns, testApi } from './test-helpers';

let api: ReturnType<typeof testApi>;
afterEach(async () => {
  await api?.done();
});

/** popular − random in meanWelfare is +1 on every seed: reproduced with any 2 or more seeds. */
const outcome = (arm: string, seed: number) =>
  ({ meanWelfare: (arm === 'popular' ? 2 : 1) + seed / 10, ctr: 0.1 }) as Record<string, number>;

/** Created times are milliseconds: a pause keeps "newest" unambiguous between submissions. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('claims.list', () => {
  it('lists every preset, those never run as not run yet with the claims they declare', async () => {
    api = testApi();
    const rows = await api.caller.claims.list();
    expect(rows.map((row) => row.preset)).toEqual([...presetNames]);
    for (const row of rows) {
      expect(row.experiment).toBeNull();
      expect(row.verdicts).toEqual([]);
      expect(row.claims).toEqual(presets[row.preset as keyof typeof presets].claims ?? []);
    }
  });

  it("gives each claim the newest judgeable experiment's verdict, linked to it", async () => {
    api = testApi();
    const submit = async (name: string, overrides: Record<string, unknown> = {}) => {
      await tick();
      const spec = claimedSpec({ name, preset: 'click-trap', ...overrides });
      return (await api.caller.experiments.submit({ spec })).experiment.id;
    };
    await submit('old');
    await finishRuns(api.store, outcome);
    // Newer, but random's seed 3 failed: it has finished with 2 seeds per arm, still judgeable.
    const partial = await submit('partial');
    await finishRuns(api.store, (arm, seed) =>
      arm === 'random' && seed === 3 ? 'fail' : outcome(arm, seed),
    );
    // Newer still, but with 1 seed per arm left after a failure: not judgeable.
    await submit('one left', { seeds: { count: 2, base: 1 } });
    await finishRuns(api.store, (arm, seed) => (seed === 2 ? 'fail' : outcome(arm, seed)));
    // Succeeded, but on one seed: no paired interval, so it does not hide the verdict above.
    await submit('one seed', { seeds: { count: 1, base: 1 } });
    await finishRuns(api.store, outcome);
    // Newest, and still running: not judged yet.
    await submit('running', { seeds: { count: 4, base: 1 } });
    await finishRuns(api.store, () => 'leave');
    // Another preset's experiment without claims is not listed.
    await submit('no claims', { preset: 'homogenization', claims: undefined });
    await finishRuns(api.store, outcome);

    const rows = await api.caller.claims.list();
    const clickTrap = rows.find((row) => row.preset === 'click-trap');
    expect(clickTrap?.experiment).toMatchObject({ id: partial, name: 'partial', seeds: 2 });
    expect(clickTrap?.verdicts.map((v) => [v.claim.id, v.verdict])).toEqual([
      ['popular-raises-welfare', 'reproduced'],
      ['popular-lowers-ctr', 'no effect'],
    ]);
    // +1 on seeds 1 and 2: an interval of width 0 around 1, both seeds positive.
    const effect = clickTrap?.verdicts[0]?.effect;
    expect(effect?.mean).toBeCloseTo(1, 12);
    expect([effect?.n, effect?.agreeing]).toEqual([2, 2]);
    expect(rows.find((row) => row.preset === 'homogenization')?.experiment).toBeNull();
  });
});

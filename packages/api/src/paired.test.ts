import { afterEach, describe, expect, it } from 'vitest';
import { claimedSpec } from './test-claims';
import { finishRuns, testApi } from './test-helpers';

let api: ReturnType<typeof testApi>;
afterEach(async () => {
  await api?.done();
});

/**
 * Hand-chosen summaries by arm and seed. meanWelfare, popular − random per seed: 1, 1.5, 1.5:
 * mean 4/3; sd = sqrt(((−1/3)² + (1/6)² + (1/6)²) / 2) = sqrt(1/12) = 0.288675; se = sd/√3 =
 * 1/6; t(0.975, 2) = 4.302653, half-width 0.717109: [0.616225, 2.050442], 3 of 3 positive.
 * ctr per seed: −0.1, +0.1, 0: mean 0, the interval spans 0, 1 of 3 positive.
 */
const summaries: Record<string, Record<string, number>> = {
  'popular|1': { meanWelfare: 2, ctr: 0.2 },
  'popular|2': { meanWelfare: 3, ctr: 0.4 },
  'popular|3': { meanWelfare: 4, ctr: 0.3 },
  'random|1': { meanWelfare: 1, ctr: 0.3 },
  'random|2': { meanWelfare: 1.5, ctr: 0.3 },
  'random|3': { meanWelfare: 2.5, ctr: 0.3 },
};
const outcome = (arm: string, seed: number) => summaries[`${arm}|${seed}`] ?? 'fail';

describe('experiments.paired', () => {
  it('pairs every arm with the reference by seed and judges the claims', async () => {
    api = testApi();
    const { experiment } = await api.caller.experiments.submit({ spec: claimedSpec() });
    await finishRuns(api.store, outcome);
    const result = await api.caller.experiments.paired({ id: experiment.id });
    expect(result.reference).toBe('random');
    expect(result.comparisons.map((c) => [c.arm, c.reference])).toEqual([['popular', 'random']]);
    const welfare = result.comparisons[0]?.metrics.meanWelfare;
    expect(welfare?.mean).toBeCloseTo(4 / 3, 12);
    expect(welfare?.lower).toBeCloseTo(0.616225, 5);
    expect(welfare?.upper).toBeCloseTo(2.050442, 5);
    expect([welfare?.n, welfare?.agreeing]).toEqual([3, 3]);
    const ctr = result.comparisons[0]?.metrics.ctr;
    expect(ctr?.mean).toBeCloseTo(0, 12);
    expect([ctr?.n, ctr?.agreeing]).toEqual([3, 1]);

    expect(result.claims.map((c) => c.id)).toEqual([
      'popular-raises-welfare',
      'popular-lowers-ctr',
    ]);
    expect(result.verdicts.map((v) => [v.claim.id, v.verdict])).toEqual([
      ['popular-raises-welfare', 'reproduced'],
      ['popular-lowers-ctr', 'no effect'],
    ]);
    // The claim's effect counts the seeds agreeing with its expected sign (ctr: 1 of 3 below 0).
    expect(result.verdicts[1]?.effect.agreeing).toBe(1);
    expect(result.verdicts[0]?.learnability).toBeNull();
  });

  it('has no comparisons or verdicts before runs finish, and refuses a malformed id', async () => {
    api = testApi();
    const { experiment } = await api.caller.experiments.submit({ spec: claimedSpec() });
    const result = await api.caller.experiments.paired({ id: experiment.id });
    expect(result.reference).toBe('random');
    expect(result.comparisons).toEqual([]);
    expect(result.verdicts.map((v) => v.verdict)).toEqual(['inconclusive', 'inconclusive']);
    await expect(api.caller.experiments.paired({ id: 'nope' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

describe('experiments.compare, paired', () => {
  it('pairs series of one experiment, and of experiments with the same world, by seed', async () => {
    api = testApi();
    const left = await api.caller.experiments.submit({ spec: claimedSpec({ name: 'left' }) });
    const right = await api.caller.experiments.submit({ spec: claimedSpec({ name: 'right' }) });
    const bigger = await api.caller.experiments.submit({
      spec: claimedSpec({ name: 'bigger', world: { numUsers: 40, numItems: 24, numCreators: 4 } }),
    });
    await finishRuns(api.store, outcome);
    const result = await api.caller.experiments.compare({
      refs: [
        { experimentId: left.experiment.id, arm: 'random' },
        { experimentId: left.experiment.id, arm: 'popular' },
        { experimentId: right.experiment.id, arm: 'popular' },
        { experimentId: bigger.experiment.id, arm: 'popular' },
      ],
    });
    const paired = result.paired;
    expect(paired?.base).toBe('left / random');
    expect(paired?.series.map((s) => [s.label, s.unpaired === null])).toEqual([
      ['left / popular', true],
      ['right / popular', true],
      ['bigger / popular', false],
    ]);
    // Same numbers as popular − random above: the right experiment shares left's worlds.
    for (const series of paired?.series.slice(0, 2) ?? []) {
      expect(series.metrics?.meanWelfare?.mean).toBeCloseTo(4 / 3, 12);
      expect(series.metrics?.meanWelfare?.agreeing).toBe(3);
    }
    expect(paired?.series[2]?.metrics).toBeNull();
    expect(paired?.series[2]?.unpaired).toContain('world.numUsers');
  });
});

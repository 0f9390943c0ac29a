import { describe, expect, it } from 'vitest';
import { parseSpec } from '../spec/parse-spec';
import { smallSpec } from '../spec/test-specs';
import { countRuns, expandRuns } from './expand-runs';

describe('expandRuns', () => {
  it('makes arms x seeds runs with stable keys when there is no sweep', () => {
    const runs = expandRuns(parseSpec(smallSpec()));
    expect(runs.map((run) => run.key)).toEqual([
      'arm=click|seed=7',
      'arm=ideal|seed=7',
      'arm=click|seed=8',
      'arm=ideal|seed=8',
    ]);
    expect(runs[0]?.group).toBe('arm=click');
    expect(runs[0]?.spec.sweep).toBeUndefined();
  });

  it('makes arms x grid points x seeds runs with the point applied to each spec', () => {
    const spec = parseSpec(
      smallSpec({
        seeds: { count: 3, base: 1 },
        sweep: {
          axes: [
            { path: 'world.numUsers', values: [20, 50] },
            { path: 'training.epochs', values: [1, 2, 3] },
          ],
        },
      }),
    );
    const runs = expandRuns(spec);
    expect(runs).toHaveLength(2 * 2 * 3 * 3);
    expect(countRuns(spec)).toBe(runs.length);
    expect(new Set(runs.map((run) => run.key)).size).toBe(runs.length);
    const run = runs.find((r) => r.key === 'arm=ideal|world.numUsers=50|training.epochs=2|seed=3');
    expect(run?.params).toEqual({ 'world.numUsers': 50, 'training.epochs': 2 });
    expect(run?.spec.kind === 'feedback-loop' && run.spec.world.numUsers).toBe(50);
    expect(run?.spec.training.epochs).toBe(2);
    expect(run?.group).toBe('arm=ideal|world.numUsers=50|training.epochs=2');
  });

  it('gives the arms of one seed the same seed (a paired comparison)', () => {
    const runs = expandRuns(parseSpec(smallSpec()));
    const seedsOfArm = (arm: string) => runs.filter((r) => r.arm === arm).map((r) => r.seed);
    expect(seedsOfArm('click')).toEqual([7, 8]);
    expect(seedsOfArm('ideal')).toEqual([7, 8]);
  });
});

import { describe, expect, it } from 'vitest';
import { pairedComparisons } from './paired-comparisons';
import { result } from './test-results';

const arms = [{ name: 'a' }, { name: 'b' }, { name: 'c' }];

describe('pairedComparisons', () => {
  it('gives each arm minus the reference, seed by seed, with a paired t-interval and a count of seeds above 0', () => {
    const results = [
      result('a', 1, { meanWelfare: 1, ctr: 0.1 }),
      result('b', 1, { meanWelfare: 1.5, ctr: 0.2 }),
      result('a', 2, { meanWelfare: 2, ctr: 0.2 }),
      result('b', 2, { meanWelfare: 2.5, ctr: Number.NaN }),
      result('a', 3, { meanWelfare: 3, ctr: 0.3 }),
      result('b', 3, { meanWelfare: 4, ctr: 0.1 }),
    ];
    const [comparison, ...rest] = pairedComparisons({ arms: arms.slice(0, 2) }, results);
    expect(rest).toEqual([]);
    expect(comparison).toMatchObject({ group: 'arm=b', arm: 'b', reference: 'a', params: {} });
    // differences 0.5, 0.5, 1: mean 2/3; sd = √((1/36 + 1/36 + 4/36) / 2) = √(1/12) = 0.288675;
    // half-width t(0.975, 2) · sd / √3 = 4.302653 · 0.166667 = 0.717109
    const welfare = comparison?.metrics.meanWelfare;
    expect(welfare?.mean).toBeCloseTo(2 / 3, 10);
    expect(welfare?.lower).toBeCloseTo(2 / 3 - 0.717109, 5);
    expect(welfare?.upper).toBeCloseTo(2 / 3 + 0.717109, 5);
    expect(welfare).toMatchObject({ n: 3, agreeing: 3 });
    // seed 2's ctr is NaN on b, so it is left out: differences 0.1 and −0.2, mean −0.05;
    // sd = 0.212132, half-width t(0.975, 1) · sd / √2 = 12.706205 · 0.15 = 1.905931
    const ctr = comparison?.metrics.ctr;
    expect(ctr?.mean).toBeCloseTo(-0.05, 10);
    expect(ctr?.upper).toBeCloseTo(-0.05 + 1.905931, 5);
    expect(ctr).toMatchObject({ n: 2, agreeing: 1 });
  });

  it('compares against the spec reference at each grid point, in the order points appear', () => {
    const results = [0, 1].flatMap((x) =>
      [1, 2].flatMap((seed) =>
        arms.map(({ name }, index) => result(name, seed, { m: index * (x + 1) + seed }, { x })),
      ),
    );
    const comparisons = pairedComparisons({ arms, reference: 'b' }, results);
    expect(comparisons.map((c) => [c.arm, c.params.x])).toEqual([
      ['a', 0],
      ['c', 0],
      ['a', 1],
      ['c', 1],
    ]);
    // at x = 1: m(a) = seed, m(b) = 2 + seed, m(c) = 4 + seed, so a − b = −2 and c − b = 2 on
    // both seeds: no spread, the interval collapses to the difference
    expect(comparisons[2]?.metrics.m).toEqual({
      mean: -2,
      lower: -2,
      upper: -2,
      n: 2,
      agreeing: 0,
    });
    expect(comparisons[3]?.metrics.m).toEqual({ mean: 2, lower: 2, upper: 2, n: 2, agreeing: 2 });
    expect(comparisons[0]?.group).toBe('arm=a|x=0');
  });

  it('leaves out arms without runs and metrics neither side measured', () => {
    const results = [result('a', 1, { m: 1 }), result('b', 1, { m: Number.NaN })];
    const [comparison, ...rest] = pairedComparisons({ arms }, results);
    expect(rest).toEqual([]);
    expect(comparison?.metrics.m?.n).toBe(0);
    expect(comparison?.metrics.m?.mean).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { judgeClaims } from './judge-claims';
import { armsClaim, firstVerdict, pairedResults, result } from './test-results';

// b − a per seed: −1, −1.2, −0.8. Mean −1; sd = √((0 + 0.04 + 0.04) / 2) = 0.2;
// half-width t(0.975, 2) · 0.2 / √3 = 4.302653 · 0.115470 = 0.496828 → [−1.496828, −0.503172]
const falling = pairedResults('meanWelfare', [2, 2, 2], [1, 0.8, 1.2]);

describe('judgeClaims', () => {
  it('reproduces a claim whose paired interval excludes 0 on the expected side', () => {
    const verdicts = judgeClaims({ claims: [armsClaim()] }, falling);
    expect(verdicts).toHaveLength(1);
    const verdict = firstVerdict(verdicts);
    expect(verdict.verdict).toBe('reproduced');
    expect(verdict.params).toEqual({});
    expect(verdict.effect.mean).toBeCloseTo(-1, 10);
    expect(verdict.effect.lower).toBeCloseTo(-1.496828, 5);
    expect(verdict.effect.upper).toBeCloseTo(-0.503172, 5);
    // all three differences are negative, the expected sign
    expect(verdict.effect).toMatchObject({ n: 3, agreeing: 3 });
    expect(verdict.reason).toBe(
      'interval excludes 0 on the expected side: -1 [-1.497, -0.5032]; 3/3 seeds negative',
    );
    expect(verdict.learnability).toBeUndefined();
  });

  it('contradicts a claim whose interval excludes 0 on the other side', () => {
    const verdict = firstVerdict(
      judgeClaims({ claims: [armsClaim({ expected: 'positive' })] }, falling),
    );
    expect(verdict.verdict).toBe('contradicted');
    expect(verdict.effect.agreeing).toBe(0);
    expect(verdict.reason).toMatch(
      /^interval excludes 0 on the opposite side: .*0\/3 seeds positive$/,
    );
  });

  it('finds no effect when the interval spans 0, and still counts the agreeing seeds', () => {
    // differences 1, −1, 0.5: mean 1/6, sd 1.040833, half-width 2.585573 → spans 0
    const results = pairedResults('meanWelfare', [0, 0, 0], [1, -1, 0.5]);
    const verdict = firstVerdict(
      judgeClaims({ claims: [armsClaim({ expected: 'positive' })] }, results),
    );
    expect(verdict.verdict).toBe('no effect');
    expect(verdict.effect.mean).toBeCloseTo(1 / 6, 10);
    expect(verdict.effect.lower).toBeCloseTo(1 / 6 - 2.585573, 5);
    expect(verdict.effect).toMatchObject({ n: 3, agreeing: 2 });
    expect(verdict.reason).toMatch(/^interval spans 0: /);
  });

  it('is inconclusive with fewer than 2 paired seeds', () => {
    // seed 2 has no finite value on b, seed 3 no run of a: one pair left
    const results = [
      ...pairedResults('meanWelfare', [2, 2], [1, Number.NaN]),
      result('b', 3, { meanWelfare: 0 }),
    ];
    const verdict = firstVerdict(judgeClaims({ claims: [armsClaim()] }, results));
    expect(verdict.verdict).toBe('inconclusive');
    expect(verdict.effect).toMatchObject({ mean: -1, n: 1, agreeing: 1 });
    expect(verdict.reason).toBe('too few seeds: 1 paired with a finite value (needs 2 or more)');
  });

  it('checks the learnability gate first: a learner below the bar makes any effect inconclusive', () => {
    const withAuc = falling.map((run) => ({
      ...run,
      // b's per-user AUC over seeds 1–3: 0.5, 0.55, 0.6 → mean 0.55; a's: 0.7 each
      summary: { ...run.summary, auc: run.arm === 'b' ? 0.45 + 0.05 * run.seed : 0.7 },
    }));
    const gate = { metric: 'auc', min: 0.6, arms: ['a', 'b'] };
    const failed = firstVerdict(judgeClaims({ claims: [armsClaim({ gate })] }, withAuc));
    expect(failed.verdict).toBe('inconclusive');
    expect(failed.reason).toBe("the learners did not learn: b's auc 0.55 < 0.6");
    expect(failed.effect.mean).toBeCloseTo(-1, 10);
    expect(failed.learnability?.passed).toBe(false);
    expect(failed.learnability?.arms.map((figure) => [figure.arm, figure.n])).toEqual([
      ['a', 3],
      ['b', 3],
    ]);
    expect(failed.learnability?.arms[1]?.mean).toBeCloseTo(0.55, 10);

    const passed = firstVerdict(
      judgeClaims({ claims: [armsClaim({ gate: { ...gate, min: 0.5 } })] }, withAuc),
    );
    expect(passed.verdict).toBe('reproduced');
    expect(passed.learnability).toMatchObject({ metric: 'auc', min: 0.5, passed: true });

    const missing = firstVerdict(
      judgeClaims(
        { claims: [armsClaim({ gate: { ...gate, metric: 'relevanceAucPerUser' } })] },
        withAuc,
      ),
    );
    expect(missing.reason).toBe(
      'the learners did not learn: a has no finite relevanceAucPerUser; b has no finite relevanceAucPerUser',
    );
  });

  it('reports a compared arm the gate leaves out, without judging it', () => {
    // Gated on a alone (0.7 ≥ 0.6): b's 0.55 is shown beside the verdict but does not gate it.
    const withAuc = falling.map((run) => ({
      ...run,
      summary: { ...run.summary, auc: run.arm === 'b' ? 0.45 + 0.05 * run.seed : 0.7 },
    }));
    const gate = { metric: 'auc', min: 0.6, arms: ['a'] };
    const verdict = firstVerdict(judgeClaims({ claims: [armsClaim({ gate })] }, withAuc));
    expect(verdict.verdict).toBe('reproduced');
    expect(verdict.learnability?.passed).toBe(true);
    expect(verdict.learnability?.reported?.map((figure) => figure.arm)).toEqual(['b']);
    expect(verdict.learnability?.reported?.[0]?.mean).toBeCloseTo(0.55, 10);
    const both = firstVerdict(
      judgeClaims({ claims: [armsClaim({ gate: { ...gate, arms: ['a', 'b'] } })] }, withAuc),
    );
    expect(both.learnability?.reported).toBeUndefined();
  });

  it('judges each grid point its where allows, and against 0 for a zero comparison', () => {
    const results = [
      ...pairedResults('meanWelfare', [2, 2, 2], [1, 0.8, 1.2], { x: 1 }),
      ...pairedResults('meanWelfare', [0, 0, 0], [1, -1, 0.5], { x: 2 }),
    ];
    const all = judgeClaims({ claims: [armsClaim()] }, results);
    expect(all.map((verdict) => [verdict.params.x, verdict.verdict])).toEqual([
      [1, 'reproduced'],
      [2, 'no effect'],
    ]);
    const onlyTwo = judgeClaims({ claims: [armsClaim({ where: { x: 2 } })] }, results);
    expect(onlyTwo.map((verdict) => verdict.params)).toEqual([{ x: 2 }]);

    // b's own values at x = 1: 1, 0.8, 1.2 → mean 1, same half-width as above, all positive
    const zero = armsClaim({
      compare: { kind: 'zero', arm: 'b' },
      expected: 'positive',
      where: { x: 1 },
    });
    const verdict = firstVerdict(judgeClaims({ claims: [zero] }, results));
    expect(verdict.verdict).toBe('reproduced');
    expect(verdict.effect.lower).toBeCloseTo(1 - 0.496828, 5);
    expect(verdict.effect).toMatchObject({ n: 3, agreeing: 3 });
  });

  it('takes a trend as the mean of per-seed least-squares slopes, per point of the other axes', () => {
    // metric over w = 0, 1, 2 per seed: seed 1: 1, 3, 2 (slope 0.5); seed 2: 0, 1, 2 (slope 1);
    // seed 3: 2, 2, 3.5 (x̄ = 1, ȳ = 2.5: (−1·−0.5 + 0 + 1·1) / 2 = 0.75). Mean 0.75;
    // sd = √((0.0625 + 0.0625 + 0) / 2) = 0.25, half-width 4.302653 · 0.25 / √3 = 0.621032.
    // Seed 4 has no run at w = 2, so its slope is left out.
    const values: Record<number, number[]> = {
      1: [1, 3, 2],
      2: [0, 1, 2],
      3: [2, 2, 3.5],
      4: [5, 0],
    };
    const results = [10, 20].flatMap((n) =>
      [0, 1, 2].flatMap((w) =>
        Object.entries(values).flatMap(([seed, ys]) => {
          const y = ys[w];
          return y === undefined ? [] : [result('b', Number(seed), { m: y + n }, { n, w })];
        }),
      ),
    );
    const trend = armsClaim({
      metric: 'm',
      compare: { kind: 'trend', arm: 'b', axis: 'w' },
      expected: 'positive',
    });
    const verdicts = judgeClaims({ claims: [trend] }, results);
    expect(verdicts.map((verdict) => verdict.params)).toEqual([{ n: 10 }, { n: 20 }]);
    for (const verdict of verdicts) {
      expect(verdict.verdict).toBe('reproduced');
      expect(verdict.effect.mean).toBeCloseTo(0.75, 10);
      expect(verdict.effect.lower).toBeCloseTo(0.75 - 0.621032, 5);
      expect(verdict.effect).toMatchObject({ n: 3, agreeing: 3 });
    }
  });

  it('names the worst grid point of a trend whose learner misses the bar somewhere', () => {
    const results = [0, 1].flatMap((w) =>
      [1, 2].map((seed) => result('b', seed, { m: w * seed, auc: w === 1 ? 0.5 : 0.8 }, { w })),
    );
    const trend = armsClaim({
      metric: 'm',
      compare: { kind: 'trend', arm: 'b', axis: 'w' },
      gate: { metric: 'auc', min: 0.6, arms: ['b'] },
    });
    const verdict = firstVerdict(judgeClaims({ claims: [trend] }, results));
    expect(verdict.reason).toBe("the learners did not learn: b's auc 0.5 < 0.6 at w=1");
    expect(verdict.learnability?.arms[0]?.mean).toBeCloseTo(0.5, 10);
  });

  it('judges a gate with `where` at that grid point only, for every verdict it covers', () => {
    // b learns at w = 0 (auc 0.8) and not at w = 1 (0.5): gated at w = 0 the trend is judged
    // (slopes 1 and 2 per seed, both positive), gated everywhere it would be inconclusive.
    // A gate at a point with no runs (w = 5) makes the verdict inconclusive and says so.
    const results = [0, 1].flatMap((w) =>
      [1, 2].map((seed) => result('b', seed, { m: w * seed, auc: w === 1 ? 0.5 : 0.8 }, { w })),
    );
    const gate = { metric: 'auc', min: 0.6, arms: ['b'], where: { w: 0 } };
    const trend = armsClaim({
      metric: 'm',
      compare: { kind: 'trend', arm: 'b', axis: 'w' },
      expected: 'positive',
      gate,
    });
    const verdict = firstVerdict(judgeClaims({ claims: [trend] }, results));
    expect(verdict.learnability?.passed).toBe(true);
    expect(verdict.learnability?.arms[0]?.mean).toBeCloseTo(0.8, 10);
    // b's own figure along the trend, at its worst point (w = 1), is reported, not judged.
    expect(verdict.learnability?.reported?.[0]).toMatchObject({ arm: 'b', n: 2 });
    expect(verdict.learnability?.reported?.[0]?.mean).toBeCloseTo(0.5, 10);
    expect(verdict.effect).toMatchObject({ n: 2, agreeing: 2 });
    expect(verdict.verdict).not.toBe('inconclusive');

    const atW1 = armsClaim({ metric: 'm', where: { w: 1 }, gate });
    const armsVerdict = firstVerdict(
      judgeClaims({ claims: [atW1] }, [
        ...results,
        ...[1, 2].map((seed) => result('a', seed, { m: 0, auc: 0.5 }, { w: 1 })),
      ]),
    );
    expect(armsVerdict.params).toEqual({ w: 1 });
    expect(armsVerdict.learnability?.arms[0]?.mean).toBeCloseTo(0.8, 10);

    const nowhere = { ...trend, gate: { ...gate, where: { w: 5 } } };
    const missing = firstVerdict(judgeClaims({ claims: [nowhere] }, results));
    expect(missing).toMatchObject({ verdict: 'inconclusive' });
    expect(missing.reason).toBe("the gate's grid point (w=5) has no runs");
  });

  it('gives a claim with nothing to judge one inconclusive verdict, so it is not lost', () => {
    const verdicts = judgeClaims({ claims: [armsClaim({ where: { x: 3 } })] }, falling);
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]).toMatchObject({ verdict: 'inconclusive', params: {}, effect: { n: 0 } });
    expect(judgeClaims({}, falling)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseSpec } from './parse-spec';
import { SpecError } from './spec-error';
import { smallSpec } from './test-specs';

function issuesOf(input: unknown) {
  try {
    parseSpec(input);
  } catch (error) {
    if (error instanceof SpecError) return error.issues;
    throw error;
  }
  throw new Error('expected a SpecError');
}

describe('parseSpec', () => {
  it('fills in defaults', () => {
    const spec = parseSpec(smallSpec());
    expect(spec.kind).toBe('feedback-loop');
    expect(spec.training.retrainEvery).toBe(1);
    expect(spec.seeds).toEqual({ count: 2, base: 7 });
  });

  it('names each wrong field and why', () => {
    const issues = issuesOf({
      ...smallSpec(),
      rounds: 0,
      seeds: { count: 2, bsae: 1 },
      world: { numUsers: 200_000 },
    });
    const paths = issues.map((issue) => issue.path).sort();
    expect(paths).toEqual(['rounds', 'seeds.bsae', 'world.numUsers']);
    expect(issues.find((issue) => issue.path === 'seeds.bsae')?.message).toBe('unknown field');
    expect(issues.find((issue) => issue.path === 'world.numUsers')?.message).toMatch(/100000/);
  });

  it('keeps every seed a 32-bit integer, naming base when the last one would not be', () => {
    // base 2^31 - 2 with 2 seeds ends at 2^31 - 1: fine; with 3 it would end at 2^31.
    expect(parseSpec(smallSpec({ seeds: { count: 2, base: 2 ** 31 - 2 } })).seeds.count).toBe(2);
    const issues = issuesOf(smallSpec({ seeds: { count: 3, base: 2 ** 31 - 2 } }));
    expect(issues).toEqual([{ path: 'seeds.base', message: expect.stringMatching(/2147483647/) }]);
  });

  it('names a field whose key is empty as "", not as the whole spec', () => {
    expect(issuesOf({ ...smallSpec(), '': 1 })).toEqual([{ path: '""', message: 'unknown field' }]);
  });

  it('refuses a missing name, no arms and duplicate arm names', () => {
    const { name: _, ...nameless } = smallSpec();
    expect(issuesOf(nameless).map((issue) => issue.path)).toEqual(['name']);
    expect(issuesOf(smallSpec({ arms: [] })).map((issue) => issue.path)).toEqual(['arms']);
    const twice = smallSpec({
      arms: [
        { name: 'a', model: { kind: 'popularity' } },
        { name: 'a', model: { kind: 'random' } },
      ],
    });
    expect(issuesOf(twice)).toEqual([{ path: 'arms.1.name', message: 'duplicate arm name "a"' }]);
  });

  it('checks every sweep value against the schema', () => {
    const issues = issuesOf(
      smallSpec({ sweep: { axes: [{ path: 'world.numUsers', values: [10, -1, 'many'] }] } }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      'sweep.axes.0.values.1',
      'sweep.axes.0.values.2',
    ]);
    expect(issues[0]?.message).toMatch(/^-1 at world\.numUsers: /);
  });

  it('refuses a sweep path that does not lead to a field', () => {
    // Three values, one problem: said once, under the path, not under each value.
    const unknownField = issuesOf(
      smallSpec({ sweep: { axes: [{ path: 'world.numUser', values: [10, 20, 30] }] } }),
    );
    expect(unknownField).toEqual([
      {
        path: 'sweep.axes.0.path',
        message: '"world.numUser" is not a spec field (world.numUser: unknown field)',
      },
    ]);
    const noArm = issuesOf(
      smallSpec({ sweep: { axes: [{ path: 'arms.nope.model.kind', values: ['mf'] }] } }),
    );
    expect(noArm[0]?.path).toBe('sweep.axes.0.path');
    expect(noArm[0]?.message).toMatch(/no element named "nope"/);
  });
});

describe('parseSpec by kind', () => {
  it('sweeps world fields the spec left to sim defaults', () => {
    const spec = parseSpec(
      smallSpec({ sweep: { axes: [{ path: 'world.click.clickbait', values: [0, 2] }] } }),
    );
    expect(spec.sweep?.axes[0]?.values).toEqual([0, 2]);
    const issues = issuesOf(
      smallSpec({ sweep: { axes: [{ path: 'world.click.clikbait', values: [1] }] } }),
    );
    expect(issues).toEqual([
      {
        path: 'sweep.axes.0.path',
        message: '"world.click.clikbait" is not a spec field (world.click.clikbait: unknown field)',
      },
    ]);
  });

  it('keeps the feedback-loop and offline shapes apart', () => {
    const offline = parseSpec({
      name: 'offline',
      kind: 'offline-classification',
      arms: [{ name: 'bce' }],
    });
    expect(offline.kind === 'offline-classification' && offline.task.costs).toEqual({
      falsePositive: 1,
      falseNegative: 5,
    });
    expect(offline.arms[0]).toMatchObject({ threshold: 0.5, loss: { name: 'bce' } });
    const mixed = issuesOf({
      name: 'mixed',
      kind: 'offline-classification',
      world: { numUsers: 10 },
      arms: [{ name: 'a', model: { kind: 'mf' } }],
    });
    expect(mixed.map((issue) => issue.path).sort()).toEqual(['arms.0.model', 'world']);
  });

  it('checks model specs with core and worlds with sim', () => {
    const issues = issuesOf(
      smallSpec({
        world: { numUsers: 40, numItems: 30, numCreators: 5, slateSize: 31 },
        arms: [{ name: 'a', model: { kind: 'mf', heads: { watchTime: { loss: 'bce' } } } }],
      }),
    );
    expect(issues).toEqual([
      { path: 'world.slateSize', message: 'must be at most numItems (30), got 31' },
      {
        path: 'arms.0.model.heads.watchTime.loss',
        message: 'watchTime needs mse, huber or duration-debiased, got bce',
      },
    ]);
  });
  it('checks an arm’s teacher labels: a click head with a pointwise loss, a quantile in (0, 1]', () => {
    const issues = issuesOf(
      smallSpec({
        arms: [
          { name: 'a', model: { kind: 'popularity' }, teacher: { refine: 'all' } },
          {
            name: 'b',
            model: { kind: 'two-tower', heads: { click: { loss: 'bpr' } } },
            teacher: { refine: 'fittable' },
          },
          { name: 'c', model: { kind: 'mf' }, teacher: { refine: 'fittable', quantile: 0 } },
        ],
      }),
    );
    expect(issues).toEqual([
      {
        path: 'arms.0.teacher',
        message:
          'teacher labels are click probabilities: the model needs a click head with a pointwise loss (popularity has no click head)',
      },
      {
        path: 'arms.1.teacher',
        message:
          'teacher labels are click probabilities: the model needs a click head with a pointwise loss (two-tower uses bpr)',
      },
      { path: 'arms.2.teacher.quantile', message: expect.stringMatching(/Too small/) },
    ]);
    const parsed = parseSpec(
      smallSpec({ arms: [{ name: 'a', model: { kind: 'mf' }, teacher: { refine: 'fittable' } }] }),
    );
    expect(parsed.kind === 'feedback-loop' && parsed.arms[0]?.teacher).toEqual({
      refine: 'fittable',
      quantile: 0.5,
    });
  });
  it('checks an arm’s reward: a pointwise click head, and no other label option beside it', () => {
    const reward = { value: 50, normalise: 'slate' };
    // Written as a document would be (strings, not the schema's literal types).
    const issues = issuesOf({
      ...smallSpec(),
      arms: [
        { name: 'a', model: { kind: 'popularity' }, reward },
        { name: 'b', model: { kind: 'mf' }, reward, teacher: { refine: 'all' } },
        { name: 'c', model: { kind: 'mf' }, reward: { value: -1, normalise: 'group' } },
      ],
    });
    expect(issues).toEqual([
      {
        path: 'arms.0.reward',
        message:
          'reward weighs the click loss: the model needs a click head with a pointwise loss (popularity has no click head)',
      },
      {
        path: 'arms.1.reward',
        message:
          'reward sets the click labels and weights, as teacher does: an arm takes one of them',
      },
      { path: 'arms.2.reward.value', message: expect.stringMatching(/Too small/) },
      { path: 'arms.2.reward.normalise', message: expect.stringMatching(/slate/) },
    ]);
  });
});

describe('parseSpec claims and reference', () => {
  const welfare = {
    id: 'welfare-falls',
    statement: 'Clicks lower welfare.',
    source: 'seed: click-traps',
    metric: 'meanWelfare',
    compare: { kind: 'arms', arm: 'click', reference: 'ideal' },
    expected: 'negative',
  } as const;

  it('accepts claims and a reference, and keeps the superseded prose fields', () => {
    const spec = parseSpec(
      smallSpec({
        claim: 'prose from a stored spec',
        expected: 'prose',
        reference: 'ideal',
        claims: [
          { ...welfare, gate: { metric: 'relevanceAucPerUser', min: 0.6, arms: ['click'] } },
        ],
      }),
    );
    expect(spec.reference).toBe('ideal');
    expect(spec.claims?.[0]?.compare).toEqual({ kind: 'arms', arm: 'click', reference: 'ideal' });
    expect(spec.claim).toBe('prose from a stored spec');
  });

  it('names every arm a claim, its gate or the reference names that does not exist', () => {
    const issues = issuesOf(
      smallSpec({
        reference: 'idael',
        claims: [
          {
            ...welfare,
            compare: { kind: 'arms', arm: 'clik', reference: 'ideal' },
            gate: { metric: 'auc', min: 0.6, arms: ['click', 'mf'] },
          },
          { ...welfare, id: 'self', compare: { kind: 'arms', arm: 'click', reference: 'click' } },
        ],
      }),
    );
    expect(issues).toEqual([
      { path: 'reference', message: 'no arm named "idael"; arms: click, ideal' },
      { path: 'claims.0.compare.arm', message: 'no arm named "clik"; arms: click, ideal' },
      { path: 'claims.0.gate.arms.1', message: 'no arm named "mf"; arms: click, ideal' },
      { path: 'claims.1.compare.reference', message: 'compares an arm with itself' },
    ]);
  });

  it('refuses duplicate claim ids and more than 30 claims', () => {
    const twice = issuesOf(smallSpec({ claims: [welfare, { ...welfare }] }));
    expect(twice).toEqual([{ path: 'claims.1.id', message: 'duplicate claim id "welfare-falls"' }]);
    const many = Array.from({ length: 31 }, (_, index) => ({ ...welfare, id: `c-${index}` }));
    expect(issuesOf(smallSpec({ claims: many })).map((issue) => issue.path)).toEqual(['claims']);
  });

  it('checks trend axes and where keys against the sweep', () => {
    const sweep = {
      axes: [
        { path: 'world.click.clickbait', values: [0, 1, 2] },
        { path: 'world.numUsers', values: [40] },
      ],
    };
    const trend = (axis: string) => ({
      ...welfare,
      id: `trend-${axis.replaceAll('.', '-').toLowerCase()}`,
      compare: { kind: 'trend' as const, arm: 'click', axis },
    });
    expect(
      parseSpec(
        smallSpec({
          sweep,
          claims: [{ ...trend('world.click.clickbait'), where: { 'world.numUsers': 40 } }],
        }),
      ).claims,
    ).toHaveLength(1);
    const issues = issuesOf(
      smallSpec({
        sweep,
        claims: [
          trend('world.numItems'),
          trend('world.numUsers'),
          { ...trend('world.click.clickbait'), where: { 'world.click.clickbait': 1 } },
          { ...welfare, where: { 'world.numUsers': 50, rounds: 3 } },
          {
            ...welfare,
            id: 'gated-at',
            gate: {
              metric: 'auc',
              min: 0.6,
              arms: ['click'],
              where: { 'world.click.clickbait': 5 },
            },
          },
        ],
      }),
    );
    expect(issues).toEqual([
      {
        path: 'claims.0.compare.axis',
        message:
          '"world.numItems" is not a sweep axis; sweep axes: world.click.clickbait, world.numUsers',
      },
      {
        path: 'claims.1.compare.axis',
        message: 'a trend needs 2 or more values on "world.numUsers"',
      },
      {
        path: 'claims.2.where.world.click.clickbait',
        message: 'the trend axis cannot also be fixed',
      },
      { path: 'claims.3.where.world.numUsers', message: "50 is not among the sweep's values (40)" },
      {
        path: 'claims.3.where.rounds',
        message: 'not a sweep axis; sweep axes: world.click.clickbait, world.numUsers',
      },
      {
        path: 'claims.4.gate.where.world.click.clickbait',
        message: "5 is not among the sweep's values (0, 1, 2)",
      },
    ]);
    expect(issuesOf(smallSpec({ claims: [trend('world.numUsers')] }))).toEqual([
      {
        path: 'claims.0.compare.axis',
        message: '"world.numUsers" is not a sweep axis; the spec has no sweep',
      },
    ]);
  });
});

describe('start-up rounds', () => {
  it('leaves the arms at least one round of their own, naming rounds', () => {
    const spec = {
      name: 'all start-up',
      rounds: 5,
      training: { startupRounds: 5 },
      arms: [{ name: 'mf', model: { kind: 'mf' } }],
    };
    expect(() => parseSpec(spec)).toThrow(SpecError);
    try {
      parseSpec(spec);
    } catch (error) {
      expect((error as SpecError).issues).toEqual([
        {
          path: 'rounds',
          message: expect.stringContaining('must be more than training.startupRounds (5)'),
        },
      ]);
    }
    expect(parseSpec({ ...spec, rounds: 6 }).rounds).toBe(6);
  });
});

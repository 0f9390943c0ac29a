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
    expect(issues[0].message).toMatch(/^-1 at world\.numUsers: /);
  });

  it('refuses a sweep path that does not lead to a field', () => {
    const unknownField = issuesOf(
      smallSpec({ sweep: { axes: [{ path: 'world.numUser', values: [10] }] } }),
    );
    expect(unknownField).toEqual([
      { path: 'sweep.axes.0.values.0', message: '10 at world.numUser: unknown field' },
    ]);
    const noArm = issuesOf(
      smallSpec({ sweep: { axes: [{ path: 'arms.nope.model.kind', values: ['mf'] }] } }),
    );
    expect(noArm[0].path).toBe('sweep.axes.0.path');
    expect(noArm[0].message).toMatch(/no element named "nope"/);
  });
});

describe('parseSpec by kind', () => {
  it('sweeps world fields the spec left to sim defaults', () => {
    const spec = parseSpec(
      smallSpec({ sweep: { axes: [{ path: 'world.click.clickbait', values: [0, 2] }] } }),
    );
    expect(spec.sweep?.axes[0].values).toEqual([0, 2]);
    const issues = issuesOf(
      smallSpec({ sweep: { axes: [{ path: 'world.click.clikbait', values: [1] }] } }),
    );
    expect(issues).toEqual([
      { path: 'sweep.axes.0.values.0', message: '1 at world.click.clikbait: unknown field' },
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
});

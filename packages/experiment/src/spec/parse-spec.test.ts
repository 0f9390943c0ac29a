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

import { describe, expect, it } from 'vitest';
import { columnParams, diffParams } from './param-diff';

const spec = {
  name: 'a',
  description: 'words',
  rounds: 20,
  world: { numUsers: 100, clickbait: { appeal: 1 } },
  arms: [
    { name: 'click', model: { kind: 'mf', dim: 8 } },
    { name: 'ideal', model: { kind: 'ideal' } },
  ],
  sweep: { axes: [{ path: 'rounds', values: [1, 2] }] },
};

describe('columnParams', () => {
  it('flattens to dotted paths, keys arms by name, keeps scalar lists whole, drops descriptions', () => {
    expect(columnParams(spec)).toEqual({
      rounds: 20,
      'world.numUsers': 100,
      'world.clickbait.appeal': 1,
      'arms.click.model.kind': 'mf',
      'arms.click.model.dim': 8,
      'arms.ideal.model.kind': 'ideal',
      'sweep.axes.0.path': 'rounds',
      'sweep.axes.0.values': '[1,2]',
    });
  });

  it('puts a single arm under arm. so arms of different names line up', () => {
    expect(columnParams(spec, 'click')).toMatchObject({
      'arm.model.kind': 'mf',
      'arm.model.dim': 8,
    });
    expect(Object.keys(columnParams(spec, 'click')).some((p) => p.startsWith('arms.'))).toBe(false);
  });
});

describe('diffParams', () => {
  it('keeps only the paths that differ, naming the columns that lack one', () => {
    const left = columnParams(spec, 'click');
    const right = columnParams({ ...spec, name: 'b', rounds: 30 }, 'ideal');
    expect(diffParams([left, right])).toEqual([
      { path: 'arm.model.dim', values: [8, null], absent: [1] },
      { path: 'arm.model.kind', values: ['mf', 'ideal'], absent: [] },
      { path: 'rounds', values: [20, 30], absent: [] },
    ]);
  });

  it('tells a field set to null from a missing one, which JSON cannot', () => {
    const rows = diffParams([{ a: null }, {}, { a: 1 }]);
    expect(rows).toEqual([{ path: 'a', values: [null, null, 1], absent: [1] }]);
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  it('finds nothing to show for identical columns', () => {
    expect(diffParams([columnParams(spec), columnParams(structuredClone(spec))])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { compareStyleSlots, sweptParams } from './compare-styles';

const series = [
  { label: 'A / bce · lr=0.1', group: { experimentId: 'a', arm: 'bce', params: { lr: 0.1 } } },
  { label: 'A / brier · lr=0.1', group: { experimentId: 'a', arm: 'brier', params: { lr: 0.1 } } },
  { label: 'A / bce · lr=0.2', group: { experimentId: 'a', arm: 'bce', params: { lr: 0.2 } } },
  { label: 'B / bce', group: { experimentId: 'b', arm: 'bce' } },
];
const names = (id: string) => ({ a: 'A', b: 'B' })[id] ?? id;

describe('compareStyleSlots', () => {
  it('colours by arm and dashes (and facets) by experiment', () => {
    const slots = compareStyleSlots(series, ['b', 'a'], 'arm', names);
    expect(slots.get('A / bce · lr=0.1')).toEqual({
      colorIndex: 0,
      dashIndex: 1,
      colourKey: 'bce',
      facet: 'A',
    });
    expect(slots.get('A / brier · lr=0.1')).toMatchObject({ colorIndex: 1, dashIndex: 1 });
    expect(slots.get('B / bce')).toMatchObject({ colorIndex: 0, dashIndex: 0, facet: 'B' });
  });

  it('colours by experiment or a swept value, then dashes and facets by arm', () => {
    const byExperiment = compareStyleSlots(series, ['a', 'b'], 'experiment', names);
    expect(byExperiment.get('B / bce')).toEqual({
      colorIndex: 1,
      dashIndex: 0,
      colourKey: 'B',
      facet: 'bce',
    });
    const byLr = compareStyleSlots(series, ['a', 'b'], 'param:lr', names);
    expect([...byLr.values()].map((slot) => slot.colourKey)).toEqual([
      'lr=0.1',
      'lr=0.1',
      'lr=0.2',
      'lr unset',
    ]);
    expect([...byLr.values()].map((slot) => slot.colorIndex)).toEqual([0, 0, 1, 2]);
    expect(byLr.get('A / brier · lr=0.1')).toMatchObject({ dashIndex: 1, facet: 'brier' });
  });
});

describe('sweptParams', () => {
  it('lists the parameters that take more than one value', () => {
    expect(sweptParams(series)).toEqual(['lr']);
    expect(sweptParams(series.slice(0, 2))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { compareViewFrom, compareViewParams } from './compare-view';

describe('compare view in the URL', () => {
  it('round-trips the chosen view', () => {
    const view = {
      metrics: ['ctr', 'meanWelfare'],
      colourBy: 'param:world.numUsers' as const,
      split: false,
      bands: true,
      smoothing: 3,
      paretoX: 'ctr',
      paretoY: 'retentionAvg',
    };
    const params = compareViewParams(view);
    expect(params).toEqual({
      metrics: 'ctr,meanWelfare',
      colour: 'param:world.numUsers',
      split: '0',
      bands: '1',
      smooth: '3',
      px: 'ctr',
      py: 'retentionAvg',
    });
    expect(compareViewFrom(new URLSearchParams(params as Record<string, string>))).toEqual(view);
  });

  it('leaves what is absent or malformed to the page, and writes only what changed', () => {
    expect(compareViewFrom(new URLSearchParams('colour=param:&split=yes&smooth=2'))).toEqual({
      metrics: undefined,
      colourBy: 'arm',
      split: undefined,
      bands: undefined,
      smoothing: 1,
      paretoX: undefined,
      paretoY: undefined,
    });
    expect(compareViewParams({ colourBy: 'arm', smoothing: 1 })).toEqual({
      colour: null,
      smooth: null,
    });
  });
});

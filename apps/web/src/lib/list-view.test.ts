import { describe, expect, it } from 'vitest';
import { listViewFrom, listViewParams } from './list-view';

describe('experiments list view in the URL', () => {
  it('round-trips filter, status, preset and sort', () => {
    const view = {
      q: 'more users',
      status: 'succeeded' as const,
      preset: 'click-trap',
      sort: { key: 'ctrAvg', direction: 'asc' as const },
    };
    const params = listViewParams(view);
    expect(params).toEqual({
      q: 'more users',
      status: 'succeeded',
      preset: 'click-trap',
      sort: 'ctrAvg:asc',
    });
    expect(listViewFrom(new URLSearchParams(params as Record<string, string>))).toEqual(view);
  });

  it('reads the defaults from an empty or malformed query and writes them as removals', () => {
    const view = listViewFrom(new URLSearchParams('status=lost&sort=name:sideways'));
    expect(view).toEqual({
      q: '',
      status: 'all',
      preset: 'all',
      sort: { key: 'created', direction: 'desc' },
    });
    expect(listViewParams(view)).toEqual({ q: null, status: null, preset: null, sort: null });
  });
});

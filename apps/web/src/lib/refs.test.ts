import { describe, expect, it } from 'vitest';
import { formatRefs, parseRefs, toggleRef } from './refs';

describe('refs', () => {
  it('parses whole experiments and single arms, dropping blanks and duplicates', () => {
    expect(parseRefs('abc, def:bce,,abc')).toEqual([
      { experimentId: 'abc' },
      { experimentId: 'def', arm: 'bce' },
    ]);
    expect(parseRefs(null)).toEqual([]);
  });

  it('round-trips through formatRefs', () => {
    const refs = [{ experimentId: 'a' }, { experimentId: 'b', arm: 'x' }];
    expect(parseRefs(formatRefs(refs))).toEqual(refs);
  });

  it('toggles a ref on and off without confusing an arm with its experiment', () => {
    const refs = toggleRef([{ experimentId: 'a' }], { experimentId: 'a', arm: 'x' });
    expect(refs).toHaveLength(2);
    expect(toggleRef(refs, { experimentId: 'a' })).toEqual([{ experimentId: 'a', arm: 'x' }]);
  });
});

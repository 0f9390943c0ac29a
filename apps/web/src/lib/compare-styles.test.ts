import { describe, expect, it } from 'vitest';
import { compareStyleSlots } from './compare-styles';

describe('compareStyleSlots', () => {
  it('colours by arm and dashes by experiment', () => {
    const slots = compareStyleSlots(
      [
        { label: 'A / bce', group: { experimentId: 'a', arm: 'bce' } },
        { label: 'A / brier', group: { experimentId: 'a', arm: 'brier' } },
        { label: 'B / bce', group: { experimentId: 'b', arm: 'bce' } },
      ],
      ['b', 'a'],
    );
    expect(slots.get('A / bce')).toEqual({ colorIndex: 0, dashIndex: 1 });
    expect(slots.get('A / brier')).toEqual({ colorIndex: 1, dashIndex: 1 });
    expect(slots.get('B / bce')).toEqual({ colorIndex: 0, dashIndex: 0 });
  });
});

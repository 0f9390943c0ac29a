import { describe, expect, it } from 'vitest';
import { specHash } from './spec-hash';
import { smallSpec } from './test-specs';

describe('specHash', () => {
  it('is 16 hex digits and the same for the same spec', () => {
    expect(specHash(smallSpec())).toMatch(/^[0-9a-f]{16}$/);
    expect(specHash(smallSpec())).toBe(specHash(smallSpec()));
  });

  it('ignores key order and spelt-out defaults', () => {
    const spec = smallSpec();
    const reordered = Object.fromEntries(Object.entries(spec).reverse()) as typeof spec;
    reordered.world = { numCreators: 5, numItems: 30, numUsers: 40 };
    expect(specHash(reordered)).toBe(specHash(spec));
    expect(specHash({ ...spec, kind: 'feedback-loop', training: { retrainEvery: 1 } })).toBe(
      specHash(spec),
    );
  });

  it('differs when any value differs', () => {
    const base = specHash(smallSpec());
    expect(specHash(smallSpec({ rounds: 4 }))).not.toBe(base);
    expect(specHash(smallSpec({ seeds: { count: 2, base: 8 } }))).not.toBe(base);
    expect(specHash(smallSpec({ name: 'other' }))).not.toBe(base);
  });
});

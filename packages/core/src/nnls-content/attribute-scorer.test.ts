import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { AttributeScorer } from './attribute-scorer';

function naiveScores(profiles: Float64Array, attributes: Float32Array, items: number, a: number) {
  const users = profiles.length / a;
  const out = new Float64Array(users * items);
  for (let u = 0; u < users; u++) {
    for (let i = 0; i < items; i++) {
      let s = 0;
      for (let j = 0; j < a; j++) s += profiles[u * a + j]! * attributes[i * a + j]!;
      out[u * items + i] = s;
    }
  }
  return out;
}

describe('AttributeScorer', () => {
  it('scores a hand-worked binary catalogue with lookup tables', () => {
    // Items (1,0,1), (0,1,1), (0,0,0); profile (2, 0.5, -1): scores 1, -0.5, 0.
    const scorer = new AttributeScorer(Float32Array.from([1, 0, 1, 0, 1, 1, 0, 0, 0]), 3, 3);
    expect(scorer.binary).toBe(true);
    const out = new Float64Array(3);
    scorer.scoreRows(Float64Array.from([2, 0.5, -1]), 0, 1, out);
    expect([...out]).toEqual([1, -0.5, 0]);
  });

  for (const attributes of [2, 7, 10, 20, 21, 23]) {
    it(`agrees with plain dot products for ${attributes} binary attributes, and the dense kernel too`, () => {
      const rng = createRng(attributes);
      const items = 300;
      const users = 6;
      const catalogue = Float32Array.from({ length: items * attributes }, () =>
        rng.next() < 0.5 ? 1 : 0,
      );
      const profiles = Float64Array.from({ length: users * attributes }, () => rng.normal());
      const expected = naiveScores(profiles, catalogue, items, attributes);
      for (const kernel of ['auto', 'dense'] as const) {
        const scorer = new AttributeScorer(catalogue, items, attributes, kernel);
        expect(scorer.binary).toBe(kernel === 'auto');
        // Rows 2..5 of the profiles, into a block.
        const out = new Float64Array(4 * items);
        scorer.scoreRows(profiles, 2, 4, out);
        for (let x = 0; x < out.length; x++)
          expect(out[x]).toBeCloseTo(expected[2 * items + x]!, 12);
        // A listed subset of items scores bit for bit as in the row (candidate lists rely on it).
        const listed = Int32Array.from({ length: 40 }, () => rng.int(items));
        const some = new Float64Array(37);
        scorer.scoreItems(profiles, 3, listed, 3, 37, some);
        for (let x = 0; x < 37; x++) expect(some[x]).toBe(out[items + listed[3 + x]!]);
      }
    });
  }

  it('falls back to the dense kernel when an attribute is not 0/1', () => {
    const scorer = new AttributeScorer(Float32Array.from([0.5, 1, 2, 0]), 2, 2);
    expect(scorer.binary).toBe(false);
    const out = new Float64Array(2);
    scorer.scoreRows(Float64Array.from([2, 3]), 0, 1, out);
    expect([...out]).toEqual([4, 4]);
  });

  it('rejects attributes of the wrong size', () => {
    expect(() => new AttributeScorer(new Float32Array(5), 2, 3)).toThrow(
      /numItems \* numAttributes = 6 entries, got 5/,
    );
  });
});

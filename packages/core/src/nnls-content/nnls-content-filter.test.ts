import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { bruteForceNnls } from './brute-force-nnls';
import { NnlsContentFilter } from './nnls-content-filter';

const items = 30;
const attributes = 5;
const users = 8;

function catalogue(seed: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: items * attributes }, () => (rng.next() < 0.5 ? 1 : 0));
}

describe('NnlsContentFilter', () => {
  it('fits each profile as nnls(A, c_u) of the cumulative interaction counts', () => {
    const a = catalogue(1);
    const rng = createRng(2);
    for (const warmStart of [true, false]) {
      const model = new NnlsContentFilter(a, items, attributes, users, { warmStart });
      const counts = Array.from({ length: users }, () => new Float64Array(items));
      for (let step = 0; step < 6; step++) {
        const chosen = Int32Array.from({ length: users }, (_, u) =>
          u === 0 ? -1 : rng.int(items),
        );
        model.addInteractions(chosen);
        chosen.forEach((item, u) => {
          if (item >= 0) counts[u]![item]!++;
        });
        expect(model.refit()).toBe(users - 1);
        for (let u = 0; u < users; u++) {
          const expected = bruteForceNnls(a, items, attributes, counts[u]!).x;
          for (let j = 0; j < attributes; j++) {
            expect(model.profiles[u * attributes + j]).toBeCloseTo(expected[j]!, 9);
          }
        }
      }
      // User 0 never interacted: a zero profile.
      expect(model.profiles.subarray(0, attributes).every((v) => v === 0)).toBe(true);
    }
  });

  it('refits only the users with new interactions', () => {
    const model = new NnlsContentFilter(catalogue(3), items, attributes, users);
    model.addInteraction(2, 4);
    model.addInteraction(2, 5);
    model.addInteraction(6, 0);
    expect(model.refit()).toBe(2);
    expect(model.refit()).toBe(0);
  });

  it('recommends the k best items by profile · attributes, in blocks, ties to the lower id', () => {
    const a = catalogue(4);
    const model = new NnlsContentFilter(a, items, attributes, users, { blockRows: 3 });
    const rng = createRng(5);
    for (let step = 0; step < 4; step++) {
      model.addInteractions(
        Int32Array.from({ length: users }, (_, u) => (u === 7 ? -1 : rng.int(items))),
      );
    }
    model.refit();
    const timings = { scoringMs: 0, selectionMs: 0, candidateMs: 0, rescoredUsers: 0 };
    const slates = model.recommend(6, undefined, timings);
    expect(timings.scoringMs).toBeGreaterThanOrEqual(0);
    expect(timings.rescoredUsers).toBe(users);
    const scores = new Float64Array(users * items);
    model.score(0, users, scores);
    for (let u = 0; u < users; u++) {
      const row = scores.subarray(u * items, (u + 1) * items);
      const best = [...row.keys()].sort((x, y) => row[y]! - row[x]! || x - y).slice(0, 6);
      expect([...slates.subarray(u * 6, (u + 1) * 6)]).toEqual(best);
    }
    // User 7 has no profile: every item scores 0, so the lowest ids come first.
    expect([...slates.subarray(42, 48)]).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('gives the same slates with the dense kernel as with lookup tables', () => {
    const a = catalogue(6);
    const tables = new NnlsContentFilter(a, items, attributes, users);
    const dense = new NnlsContentFilter(a, items, attributes, users, { scoring: 'dense' });
    expect(tables.binaryScoring).toBe(true);
    expect(dense.binaryScoring).toBe(false);
    const rng = createRng(7);
    for (let step = 0; step < 5; step++) {
      const chosen = Int32Array.from({ length: users }, () => rng.int(items));
      tables.addInteractions(chosen);
      dense.addInteractions(chosen);
    }
    tables.refit();
    dense.refit();
    expect(tables.recommend(5)).toEqual(dense.recommend(5));
  });

  it('rejects bad sizes and ids by name', () => {
    expect(() => new NnlsContentFilter(catalogue(1), items, attributes, 0)).toThrow(
      /numUsers must be a positive integer, got 0/,
    );
    const model = new NnlsContentFilter(catalogue(1), items, attributes, users);
    expect(() => model.addInteraction(8, 0)).toThrow(/user 8 is not in \[0, 8\)/);
    expect(() => model.addInteraction(0, 30)).toThrow(/item 30 is not in \[0, 30\)/);
    expect(() => model.addInteractions(new Int32Array(3))).toThrow(
      /one entry per user \(8\), got 3/,
    );
    expect(() => model.recommend(3, new Int32Array(5))).toThrow(/numUsers \* k = 24/);
  });
});

import { createRng } from '@goodhart/random';
import { describe, expect, it } from 'vitest';
import { AttributeScorer } from './attribute-scorer';
import { CandidateLists } from './candidate-lists';
import { NnlsContentFilter } from './nnls-content-filter';

const timings = () => ({ scoringMs: 0, selectionMs: 0, candidateMs: 0, rescoredUsers: 0 });

interface World {
  items: number;
  attributes: number;
  users: number;
  /** Probability that an attribute is 1; undefined: real values in [0, 2) (dense kernel). */
  p?: number;
}

/**
 * T-RECS rounds played twice on one random world, by a filter with candidate lists and one
 * that scores every item; each user takes the shown item of highest true score (a random
 * one for a fifth of the users, so profiles also jump), and both filters learn the same.
 */
function playBoth(world: World, size: number, rounds: number, seed: number) {
  const { items, attributes, users } = world;
  const rng = createRng(seed);
  const catalogue = Float32Array.from({ length: items * attributes }, () =>
    world.p === undefined ? 2 * rng.next() : rng.next() < world.p ? 1 : 0,
  );
  const taste = Float64Array.from({ length: users * attributes }, () => rng.normal());
  const kept = new NnlsContentFilter(catalogue, items, attributes, users, { candidates: size });
  const full = new NnlsContentFilter(catalogue, items, attributes, users, { candidates: 0 });
  let rescored = 0;
  let served = 0;
  for (let round = 0; round < rounds; round++) {
    // The slate size changes now and then: candidates kept for one k serve another.
    const k = round % 7 === 6 ? 3 : 10;
    const spent = timings();
    const slates = kept.recommend(k, undefined, spent);
    expect([...slates]).toEqual([...full.recommend(k)]);
    if (round > 0) {
      rescored += spent.rescoredUsers;
      served += users;
    }
    const chosen = new Int32Array(users);
    for (let u = 0; u < users; u++) {
      // User 0 never interacts: a zero profile, every item tied at 0 throughout.
      if (u === 0) chosen[u] = -1;
      else if (rng.next() < 0.2) chosen[u] = slates[u * k + rng.int(k)]!;
      else
        chosen[u] = bestShown(slates.subarray(u * k, (u + 1) * k), taste, u, catalogue, attributes);
    }
    for (const filter of [kept, full]) {
      filter.addInteractions(chosen);
      filter.refit();
    }
  }
  return { rescoredShare: rescored / served };
}

function bestShown(
  slate: Int32Array,
  taste: Float64Array,
  user: number,
  catalogue: Float32Array,
  attributes: number,
): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const item of slate) {
    let s = 0;
    for (let j = 0; j < attributes; j++) {
      s += taste[user * attributes + j]! * catalogue[item * attributes + j]!;
    }
    if (s > bestScore) [best, bestScore] = [item, s];
  }
  return best;
}

describe('CandidateLists', () => {
  it('gives the slates of a full scoring round after round, 20 binary attributes', () => {
    const { rescoredShare } = playBoth(
      { items: 600, attributes: 20, users: 40, p: 0.5 },
      40,
      40,
      1,
    );
    // Not vacuous: most users were served from their candidates.
    expect(rescoredShare).toBeLessThan(0.5);
  });

  it('keeps the full scoring’s ties (4 binary attributes: 16 distinct items, many ties)', () => {
    // 200 items share 16 attribute patterns, so slates are decided by ties to the lower id.
    const { rescoredShare } = playBoth({ items: 200, attributes: 4, users: 30, p: 0.5 }, 25, 40, 2);
    expect(rescoredShare).toBeLessThan(1);
  });

  it('gives the slates of a full scoring with real-valued attributes (dense kernel)', () => {
    const { rescoredShare } = playBoth({ items: 400, attributes: 6, users: 30 }, 30, 30, 3);
    expect(rescoredShare).toBeLessThan(1);
  });

  it('vouches for a hand-worked slate and refuses when the profile rose too far', () => {
    // Items: 0 = (1,0), 1 = (0,1), 2 = (1,1), 3 = (0,0). Profile (2, 1): scores 2, 1, 3, 0.
    const catalogue = Float32Array.from([1, 0, 0, 1, 1, 1, 0, 0]);
    const scorer = new AttributeScorer(catalogue, 4, 2);
    const lists = new CandidateLists(catalogue, 4, 2, 1, 2);
    const out = new Int32Array(1);
    const spent = timings();
    const profile = Float64Array.from([2, 1]);
    lists.serve(0, profile, scorer, 1, out, 0, spent);
    // First call: every item scored; candidates {0, 2}, the best left out is item 1 at 1.
    expect([out[0], spent.rescoredUsers]).toEqual([2, 1]);
    // Profile (2, 1.5): the rise is 0.5, so a left-out item scores at most 1.5; the best
    // candidate, item 2, scores 3.5 > 1.5: served from the candidates.
    profile[1] = 1.5;
    lists.serve(0, profile, scorer, 1, out, 0, spent);
    expect([out[0], spent.rescoredUsers]).toEqual([2, 1]);
    // Profile (0, 3): scores 0, 3, 3, 0. The rise since (2, 1) is 2, so the bar is 1 + 2 = 3,
    // which the best candidate (item 2, at 3) does not beat: every item is scored again, and
    // item 1, left out before, wins its tie with item 2 on the lower id, as in a full scoring.
    profile.set([0, 3]);
    lists.serve(0, profile, scorer, 1, out, 0, spent);
    expect([out[0], spent.rescoredUsers]).toEqual([1, 2]);
    // Renewed: candidates {1, 2}, the best left out item 0 at 0. Same profile, k = 2: both
    // candidates score 3 > 0, served from them, tie to the lower id.
    const two = new Int32Array(2);
    lists.serve(0, profile, scorer, 2, two, 0, spent);
    expect([...two, spent.rescoredUsers]).toEqual([1, 2, 2]);
  });

  it('rejects a list as long as the catalogue, and non-finite attributes', () => {
    expect(() => new CandidateLists(new Float32Array(8), 4, 2, 1, 4)).toThrow(
      /size must be an integer in \[1, numItems = 4\), got 4/,
    );
    expect(() => new CandidateLists(Float32Array.from([0, 1, Number.NaN, 0]), 2, 2, 1, 1)).toThrow(
      /every item attribute must be finite/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { consumedSetsFromLists, mergeConsumedSets } from './consumed-sets';
import {
  homogenization,
  homogenizationOfPairs,
  homogenizationRelativeToIdeal,
  jaccardSimilarity,
  mostSimilarUsers,
} from './homogenization';
import { sumPairwiseJaccard } from './internal/pairwise-jaccard';
import { syntheticConsumption } from './internal/synthetic';

// Four users: A = {0, 1, 2}, B = {1, 2, 3}, C = {4}, D = {0, 1, 2}.
// J(A,B) = 2/4, J(A,D) = 1, J(B,D) = 2/4, every pair with C = 0.
const sets = consumedSetsFromLists([[0, 1, 2], [1, 2, 3], [4], [0, 1, 2]], 5);

describe('jaccardSimilarity', () => {
  it('is |A ∩ B| / |A ∪ B|', () => {
    expect(jaccardSimilarity(sets, 0, 1)).toBe(0.5);
    expect(jaccardSimilarity(sets, 0, 3)).toBe(1);
    expect(jaccardSimilarity(sets, 2, 1)).toBe(0);
  });

  it('is 0 for two users who consumed nothing', () => {
    const empty = consumedSetsFromLists([[], []], 3);
    expect(jaccardSimilarity(empty, 0, 1)).toBe(0);
  });
});

describe('homogenization', () => {
  it('is the mean over all pairs of users', () => {
    // Six pairs with similarities 1/2, 0, 1, 0, 1/2, 0: mean 2/6 = 1/3.
    expect(homogenization(sets)).toBeCloseTo(1 / 3, 12);
  });

  it('rises when a recommender pushes the same item to everyone', () => {
    // Round 1: three users consume disjoint items {0}, {1}, {2}: homogenization 0.
    // Round 2: everyone also consumes the blockbuster 3. Sets {0,3}, {1,3}, {2,3}: every pair
    // shares 1 of 3 items, so homogenization is 1/3.
    const round1 = consumedSetsFromLists([[0], [1], [2]], 4);
    expect(homogenization(round1)).toBe(0);
    const round2 = mergeConsumedSets(round1, consumedSetsFromLists([[3], [3], [3]], 4));
    expect(homogenization(round2)).toBeCloseTo(1 / 3, 12);
  });

  it('is 1 when everyone consumed the same set', () => {
    expect(
      homogenization(
        consumedSetsFromLists(
          [
            [1, 2],
            [1, 2],
            [2, 1],
          ],
          3,
        ),
      ),
    ).toBe(1);
  });

  it('needs two users', () => {
    expect(() => homogenization(consumedSetsFromLists([[0]], 1))).toThrow(
      'homogenization: sets.numUsers must be at least 2 to form pairs, got 1',
    );
  });

  it('agrees with the pair-by-pair definition on every bitset/inverted-list split', () => {
    // Dense: 150 users, 70 items (not a multiple of 32, so the last bitset word is partly
    // used), 12 draws each, 60% from 10 hits; repeated draws make set sizes vary.
    // Sparse: 200 users, 600 items, 4 draws each, so most rows are read through the list of
    // touched users instead of a full scan.
    for (const data of [
      syntheticConsumption(150, 70, 12, 10, 0.6),
      syntheticConsumption(200, 600, 4, 600, 0),
    ]) {
      let bruteForce = 0;
      for (let u = 0; u < data.numUsers; u++) {
        for (let v = u + 1; v < data.numUsers; v++) bruteForce += jaccardSimilarity(data, u, v);
      }
      expect(bruteForce).toBeGreaterThan(1);
      for (const heavy of [0, 5, 32, 64, 70]) {
        expect(sumPairwiseJaccard(data, heavy)).toBeCloseTo(bruteForce, 9);
      }
      const pairs = (data.numUsers * (data.numUsers - 1)) / 2;
      expect(homogenization(data)).toBeCloseTo(bruteForce / pairs, 12);
    }
  });
});

describe('homogenizationOfPairs and mostSimilarUsers', () => {
  it('averages the similarity of the given pairs only', () => {
    // Pairs (A, D) and (B, C): (1 + 0) / 2.
    expect(homogenizationOfPairs(sets, [0, 1], [3, 2])).toBe(0.5);
    expect(() => homogenizationOfPairs(sets, [0], [4])).toThrow(
      'second must contain integer ids in [0, sets.numUsers = 4), but [0] is 4',
    );
  });

  it('pairs each user with the most similar other user by cosine', () => {
    // u0 = (1, 0), u1 = (0, 1), u2 = (1, 0.1), u3 = (0, 0).
    // u0 -> u2 (cos 0.995); u1 -> u2 (cos 0.0995 beats 0); u2 -> u0;
    // u3 has no direction: every similarity is 0, so the lowest other id, u0.
    const partner = mostSimilarUsers(new Float32Array([1, 0, 0, 1, 1, 0.1, 0, 0]), 2);
    expect(Array.from(partner)).toEqual([2, 2, 0, 0]);
  });

  it('refuses a single user', () => {
    expect(() => mostSimilarUsers([1, 2], 2)).toThrow('it must hold at least 2 rows of dim = 2');
  });
});

describe('homogenizationRelativeToIdeal', () => {
  // The four users above (A, B, C, D) under some recommender, and the same users under the
  // ideal recommender: A = {0}, B = {1}, C = {4}, D = {0, 2}.
  // Pairs A-D and B-A (each user with a partner, as mostSimilarUsers gives them):
  //   recommender: J(A,D) = 1, J(B,A) = 2/4            -> mean 3/4
  //   ideal:       J(A,D) = |{0}| / |{0,2}| = 1/2, J(B,A) = 0 -> mean 1/4
  //   change: 3/4 - 1/4 = 1/2.
  const ideal = consumedSetsFromLists([[0], [1], [4], [0, 2]], 5);
  it("is the pairs' mean Jaccard minus the same pairs' under the ideal recommender", () => {
    expect(homogenizationRelativeToIdeal(sets, ideal, [0, 1], [3, 0])).toBeCloseTo(0.5, 12);
  });

  it('is 0 against itself and changes sign when the roles swap', () => {
    expect(homogenizationRelativeToIdeal(sets, sets, [0, 1], [3, 0])).toBe(0);
    expect(homogenizationRelativeToIdeal(ideal, sets, [0, 1], [3, 0])).toBeCloseTo(-0.5, 12);
  });

  it('names idealSets when it covers other users', () => {
    const three = consumedSetsFromLists([[0], [1], [2]], 5);
    expect(() => homogenizationRelativeToIdeal(sets, three, [0], [1])).toThrow(/idealSets/);
  });
});

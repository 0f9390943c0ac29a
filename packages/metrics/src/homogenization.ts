import { type ConsumedSets, requireConsumedSets } from './consumed-sets';
import { MetricInputError } from './errors';
import { sumPairwiseJaccard } from './internal/pairwise-jaccard';
import {
  requireFinite,
  requireIds,
  requireNonEmpty,
  requirePositiveInteger,
  requireSameLength,
} from './internal/validate';

// Homogenization in the sense of Chaney, Stewart & Engelhardt (RecSys 2018): how alike users'
// consumption becomes, measured by the Jaccard similarity |A ∩ B| / |A ∪ B| of consumed sets.
// Convention: two empty sets have similarity 0 (users who consumed nothing are not alike in
// anything they did).

/** Jaccard similarity of users u and v's consumed sets. */
export function jaccardSimilarity(sets: ConsumedSets, u: number, v: number): number {
  const metric = 'jaccardSimilarity';
  requireConsumedSets(metric, 'sets', sets);
  requireIds(metric, 'u', [u], sets.numUsers, 'sets.numUsers');
  requireIds(metric, 'v', [v], sets.numUsers, 'sets.numUsers');
  return jaccardOf(sets, u, v);
}

function jaccardOf(sets: ConsumedSets, u: number, v: number): number {
  const { offsets, items } = sets;
  let i = offsets[u]!;
  let j = offsets[v]!;
  const iEnd = offsets[u + 1]!;
  const jEnd = offsets[v + 1]!;
  const union = iEnd - i + (jEnd - j);
  let shared = 0;
  while (i < iEnd && j < jEnd) {
    const a = items[i]!;
    const b = items[j]!;
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return union === 0 ? 0 : shared / (union - shared);
}

/**
 * Mean Jaccard similarity of consumed sets over all pairs of distinct users: 0 when nobody
 * shares anything, 1 when everyone consumed exactly the same items. Exact, and fast on large
 * populations: the long tail is counted through item -> users lists and the most popular items
 * through bitsets (see internal/pairwise-jaccard.ts). 10,000 users take from a few tens of
 * milliseconds (sparse) to about half a second (dense, concentrated); the work grows with the
 * square of the population, so sample pairs for `homogenizationOfPairs` far beyond that.
 */
export function homogenization(sets: ConsumedSets): number {
  const metric = 'homogenization';
  requireConsumedSets(metric, 'sets', sets);
  if (sets.numUsers < 2) {
    throw new MetricInputError(
      metric,
      'sets.numUsers',
      `must be at least 2 to form pairs, got ${sets.numUsers}`,
    );
  }
  const pairs = (sets.numUsers * (sets.numUsers - 1)) / 2;
  return sumPairwiseJaccard(sets) / pairs;
}

/**
 * Mean Jaccard similarity over given pairs (first[k], second[k]). Chaney et al. pair each user
 * with the user whose true preferences are most similar (see `mostSimilarUsers`), which
 * separates homogenization caused by the recommender from users simply having similar tastes:
 * `homogenizationOfPairs(sets, allUserIds, mostSimilarUsers(preferences, dim))`.
 */
export function homogenizationOfPairs(
  sets: ConsumedSets,
  first: ArrayLike<number>,
  second: ArrayLike<number>,
): number {
  const metric = 'homogenizationOfPairs';
  requireConsumedSets(metric, 'sets', sets);
  requireNonEmpty(metric, 'first', first);
  requireSameLength(metric, 'second', second, 'first', first);
  requireIds(metric, 'first', first, sets.numUsers, 'sets.numUsers');
  requireIds(metric, 'second', second, sets.numUsers, 'sets.numUsers');
  let sum = 0;
  for (let k = 0; k < first.length; k++) sum += jaccardOf(sets, first[k]!, second[k]!);
  return sum / first.length;
}

/**
 * For each user, the other user with the most similar vector by cosine similarity (ties go to
 * the lower id; an all-zero vector is similar to nobody, so its partner is the lowest other id).
 * `vectors` holds numUsers * dim values row by row. O(numUsers^2 * dim): 1.5-2 s of CPU for
 * 10,000 users in 16 dimensions.
 */
export function mostSimilarUsers(vectors: ArrayLike<number>, dim: number): Int32Array {
  const metric = 'mostSimilarUsers';
  requirePositiveInteger(metric, 'dim', dim);
  requireFinite(metric, 'vectors', vectors);
  if (vectors.length % dim !== 0 || vectors.length < 2 * dim) {
    throw new MetricInputError(
      metric,
      'vectors',
      `has length ${vectors.length}; it must hold at least 2 rows of dim = ${dim}`,
    );
  }
  const n = vectors.length / dim;
  const unit = new Float64Array(vectors.length);
  for (let u = 0; u < n; u++) {
    let squared = 0;
    for (let k = u * dim; k < (u + 1) * dim; k++) squared += vectors[k]! * vectors[k]!;
    const scale = squared > 0 ? 1 / Math.sqrt(squared) : 0;
    for (let k = u * dim; k < (u + 1) * dim; k++) unit[k] = vectors[k]! * scale;
  }
  const best = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const partner = new Int32Array(n).fill(-1);
  // Each pair once; every user meets its candidates in increasing id order, so a strict
  // comparison keeps the lowest id among ties.
  for (let u = 0; u < n; u++) {
    const rowU = u * dim;
    for (let v = u + 1; v < n; v++) {
      const rowV = v * dim;
      let dot = 0;
      for (let k = 0; k < dim; k++) dot += unit[rowU + k]! * unit[rowV + k]!;
      if (dot > best[u]!) {
        best[u] = dot;
        partner[u] = v;
      }
      if (dot > best[v]!) {
        best[v] = dot;
        partner[v] = u;
      }
    }
  }
  return partner;
}

/**
 * Chaney, Stewart & Engelhardt's homogenization (RecSys 2018, figure "change in Jaccard index
 * relative to ideal"): the mean Jaccard similarity of the pairs (first[k], second[k]) under
 * `sets`, minus the same pairs' mean under `idealSets` (what the same users consumed when an
 * ideal recommender served them). Positive: the recommender made these users more alike than
 * their own tastes would. Pair each user with its most similar user by true preferences:
 * `homogenizationRelativeToIdeal(sets, idealSets, allUserIds, mostSimilarUsers(prefs, dim))`.
 */
export function homogenizationRelativeToIdeal(
  sets: ConsumedSets,
  idealSets: ConsumedSets,
  first: ArrayLike<number>,
  second: ArrayLike<number>,
): number {
  const metric = 'homogenizationRelativeToIdeal';
  requireConsumedSets(metric, 'idealSets', idealSets);
  if (idealSets.numUsers !== sets.numUsers) {
    throw new MetricInputError(
      metric,
      'idealSets',
      `covers ${idealSets.numUsers} users but sets covers ${sets.numUsers}`,
    );
  }
  return (
    homogenizationOfPairs(sets, first, second) - homogenizationOfPairs(idealSets, first, second)
  );
}

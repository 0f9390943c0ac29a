import type { ConsumedSets } from '../consumed-sets';

// Mean Jaccard similarity over all pairs of users, exactly, without comparing pairs item by
// item. Two ways to count |A ∩ B| for every pair u < v:
//
// - Inverted lists: for each user u and each item i of u, bump a counter for every later user
//   who also has i. Work = sum over items of C(n_i, 2) bumps, n_i = the item's number of
//   consumers: cheap for the long tail, quadratic in the population for a blockbuster.
// - Bitsets: one bit per item per user, intersect with AND + popcount. Work = C(N, 2) word
//   operations per 32 items, whatever their popularity.
//
// A homogenized population is the mixed case (everyone shares a few hits plus a personal
// tail), so the hits go into bitsets and the tail into inverted lists, split by a cost model
// over item popularities. Every split gives the same exact answer; only the speed differs.
//
// After the bumps, user u's row of counts is read either by scanning all later users (no
// bookkeeping while bumping, but N - u visits) or through a list of the users it touched (a
// branch per bump, but no scan). Each user picks whichever is cheaper for its own row.

// Costs relative to a branch-free counter bump (about 1.5 ns on V8): a bump that also tracks
// touched users, visiting one pair in a scan, the extra per-pair work of a one-word bitset, and
// each further word. Rough (measured on a shared 2-core machine); they only steer speed.
const COST_TRACKED_BUMP = 4.5;
const COST_SCAN = 1.9;
const COST_FIRST_WORD = 0.8;
const COST_NEXT_WORD = 3.3;

function pairCount(n: number): number {
  return (n * (n - 1)) / 2;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

/** Items by popularity, most consumed first (ties by id, for determinism). */
function itemsByPopularity(popularity: Int32Array): Int32Array {
  const order = new Int32Array(popularity.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => popularity[b]! - popularity[a]! || a - b);
}

/**
 * How many of the most popular items to handle as bitsets: 0, or a multiple of 32 (whole
 * words, capped at the catalogue), whichever has the smallest modelled cost.
 */
export function chooseHeavyItemCount(
  popularity: Int32Array,
  order: Int32Array,
  numUsers: number,
): number {
  const pairs = pairCount(numUsers);
  let bumps = 0;
  for (let i = 0; i < popularity.length; i++) bumps += pairCount(popularity[i]!);
  let best = 0;
  let bestCost = Math.min(COST_TRACKED_BUMP * bumps, bumps + COST_SCAN * pairs);
  for (let start = 0; start < order.length; start += 32) {
    const end = Math.min(start + 32, order.length);
    for (let k = start; k < end; k++) bumps -= pairCount(popularity[order[k]!]!);
    const words = (start >>> 5) + 1;
    const cost = bumps + pairs * (COST_SCAN + COST_FIRST_WORD + COST_NEXT_WORD * (words - 1));
    if (cost < bestCost) {
      bestCost = cost;
      best = end;
    }
  }
  return best;
}

/**
 * Sum of Jaccard similarities over all pairs u < v (two empty sets count 0). `heavyItemCount`
 * overrides the cost model's split (tests check that every split gives the same answer).
 */
export function sumPairwiseJaccard(sets: ConsumedSets, heavyItemCount?: number): number {
  const { numUsers, numItems, offsets, items } = sets;
  const popularity = new Int32Array(numItems);
  for (let k = 0; k < items.length; k++) popularity[items[k]!]!++;
  const order = itemsByPopularity(popularity);
  const heavy = Math.min(
    heavyItemCount ?? chooseHeavyItemCount(popularity, order, numUsers),
    numItems,
  );

  // Bit position of each heavy item; -1 for the tail.
  const bitOf = new Int32Array(numItems).fill(-1);
  for (let k = 0; k < heavy; k++) bitOf[order[k]!] = k;
  const words = (heavy + 31) >>> 5;
  const bits = new Uint32Array(numUsers * words);

  // Inverted lists for the tail: each item's consumers in ascending user order.
  const listStart = new Int32Array(numItems + 1);
  for (let k = 0; k < items.length; k++) {
    if (bitOf[items[k]!]! < 0) listStart[items[k]! + 1]!++;
  }
  for (let i = 0; i < numItems; i++) listStart[i + 1]! += listStart[i]!;
  const consumers = new Int32Array(listStart[numItems]!);
  const next = listStart.slice(0, numItems);
  const size = new Int32Array(numUsers);
  for (let u = 0; u < numUsers; u++) {
    size[u] = offsets[u + 1]! - offsets[u]!;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const item = items[k]!;
      const bit = bitOf[item]!;
      if (bit >= 0) bits[u * words + (bit >>> 5)]! |= 1 << (bit & 31);
      else consumers[next[item]!++] = u;
    }
  }
  // `next[i]` walks each list again: when user u comes up it points at u's own entry, so the
  // later consumers are exactly the rest of the list.
  next.set(listStart.subarray(0, numItems));

  const shared = new Int32Array(numUsers);
  const touched = new Int32Array(numUsers);
  let sum = 0;
  for (let u = 0; u < numUsers; u++) {
    const sizeU = size[u]!;
    const start = offsets[u]!;
    const end = offsets[u + 1]!;

    let work = 0;
    for (let k = start; k < end; k++) {
      const item = items[k]!;
      if (bitOf[item]! < 0) work += listStart[item + 1]! - next[item]! - 1;
    }
    if (words === 0 && (COST_TRACKED_BUMP - 1) * work < COST_SCAN * (numUsers - u - 1)) {
      let numTouched = 0;
      for (let k = start; k < end; k++) {
        const item = items[k]!;
        const listEnd = listStart[item + 1]!;
        for (let p = ++next[item]!; p < listEnd; p++) {
          const v = consumers[p]!;
          if (shared[v] === 0) touched[numTouched++] = v;
          shared[v]!++;
        }
      }
      for (let t = 0; t < numTouched; t++) {
        const v = touched[t]!;
        const c = shared[v]!;
        sum += c / (sizeU + size[v]! - c);
        shared[v] = 0;
      }
      continue;
    }

    for (let k = start; k < end; k++) {
      const item = items[k]!;
      if (bitOf[item]! >= 0) continue;
      const listEnd = listStart[item + 1]!;
      for (let p = ++next[item]!; p < listEnd; p++) shared[consumers[p]!]!++;
    }
    if (words === 0) {
      for (let v = u + 1; v < numUsers; v++) {
        const c = shared[v]!;
        if (c !== 0) {
          sum += c / (sizeU + size[v]! - c);
          shared[v] = 0;
        }
      }
      continue;
    }
    if (words === 1) {
      // The usual case (at most 32 hits), without the inner word loop.
      const bitsU = bits[u]!;
      for (let v = u + 1; v < numUsers; v++) {
        const c = shared[v]! + popcount(bitsU & bits[v]!);
        if (c !== 0) {
          sum += c / (sizeU + size[v]! - c);
          shared[v] = 0;
        }
      }
      continue;
    }
    const rowU = u * words;
    for (let v = u + 1; v < numUsers; v++) {
      let c = shared[v]!;
      const rowV = v * words;
      for (let w = 0; w < words; w++) c += popcount(bits[rowU + w]! & bits[rowV + w]!);
      if (c !== 0) {
        sum += c / (sizeU + size[v]! - c);
        shared[v] = 0;
      }
    }
  }
  return sum;
}

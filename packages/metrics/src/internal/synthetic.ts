import { type ConsumedSets, consumedSetsFromLog } from '../consumed-sets';

// Fixed, seedless test data for the metric tests and the timing script. The metrics package
// depends on nothing (not even @goodhart/random), so the "random-looking" data here comes from
// an integer hash of the indices: a pure function, the same on every machine.

/** A 32-bit integer hash of two integers (murmur3's finaliser over a combined key). */
export function hash2(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A number in [0, 1) from the hash of (a, b). */
export function unit(a: number, b: number): number {
  return hash2(a, b) / 4294967296;
}

/**
 * A consumption log in which every user takes `perUser` items: with probability `hitShare`
 * one of the `numHits` most popular items (the homogenized part), otherwise any item.
 */
export function syntheticConsumption(
  numUsers: number,
  numItems: number,
  perUser: number,
  numHits: number,
  hitShare: number,
): ConsumedSets {
  const users = new Int32Array(numUsers * perUser);
  const items = new Int32Array(numUsers * perUser);
  for (let u = 0; u < numUsers; u++) {
    for (let k = 0; k < perUser; k++) {
      const row = u * perUser + k;
      users[row] = u;
      const fromHits = unit(u, 2 * k) < hitShare;
      items[row] = hash2(u, 2 * k + 1) % (fromHits ? numHits : numItems);
    }
  }
  return consumedSetsFromLog(users, items, numUsers, numItems);
}

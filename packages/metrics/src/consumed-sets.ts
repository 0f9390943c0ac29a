import { MetricInputError } from './errors';
import {
  requireBinary,
  requireIds,
  requirePositiveInteger,
  requireSameLength,
} from './internal/validate';

/**
 * Every user's set of consumed items, stored compactly (compressed sparse rows): user u's
 * items are `items[offsets[u]]` .. `items[offsets[u + 1] - 1]`, distinct and ascending.
 * Ten thousand users with fifty items each take two typed arrays, not ten thousand Sets.
 */
export interface ConsumedSets {
  readonly numUsers: number;
  readonly numItems: number;
  /** Length numUsers + 1; offsets[0] = 0 and offsets[numUsers] = items.length. */
  readonly offsets: Int32Array;
  readonly items: Int32Array;
}

/**
 * Builds consumed sets from an interaction log, one (user, item) pair per row, e.g.
 * `consumedSetsFromLog(log.user, log.item, numUsers, numItems, log.clicked)` to count only
 * what was clicked. `mask` keeps the rows where it is 1. Repeats collapse into one.
 * Runs in O(rows + numUsers + numItems) with two counting-sort passes.
 */
export function consumedSetsFromLog(
  users: ArrayLike<number>,
  items: ArrayLike<number>,
  numUsers: number,
  numItems: number,
  mask?: ArrayLike<number>,
): ConsumedSets {
  const metric = 'consumedSetsFromLog';
  requirePositiveInteger(metric, 'numUsers', numUsers);
  requirePositiveInteger(metric, 'numItems', numItems);
  requireSameLength(metric, 'items', items, 'users', users);
  requireIds(metric, 'users', users, numUsers, 'numUsers');
  requireIds(metric, 'items', items, numItems, 'numItems');
  if (mask !== undefined) {
    requireSameLength(metric, 'mask', mask, 'users', users);
    requireBinary(metric, 'mask', mask);
  }
  const keep = (row: number) => mask === undefined || mask[row] === 1;

  // Pass 1: rows sorted by item. Pass 2: stably by user, so each user's items come out sorted.
  const itemStart = new Int32Array(numItems + 1);
  let kept = 0;
  for (let row = 0; row < users.length; row++) {
    if (!keep(row)) continue;
    itemStart[items[row]! + 1]!++;
    kept++;
  }
  for (let i = 0; i < numItems; i++) itemStart[i + 1]! += itemStart[i]!;
  const rowsByItem = new Int32Array(kept);
  for (let row = 0; row < users.length; row++) {
    if (keep(row)) rowsByItem[itemStart[items[row]!]!++] = row;
  }

  const userStart = new Int32Array(numUsers + 1);
  for (let k = 0; k < kept; k++) userStart[users[rowsByItem[k]!]! + 1]!++;
  for (let u = 0; u < numUsers; u++) userStart[u + 1]! += userStart[u]!;
  const cursor = userStart.slice(0, numUsers);
  const sorted = new Int32Array(kept);
  for (let k = 0; k < kept; k++) {
    const row = rowsByItem[k]!;
    sorted[cursor[users[row]!]!++] = items[row]!;
  }

  // Drop repeats in place: the write position never overtakes the read position.
  const offsets = new Int32Array(numUsers + 1);
  let write = 0;
  for (let u = 0; u < numUsers; u++) {
    offsets[u] = write;
    let previous = -1;
    for (let k = userStart[u]!; k < userStart[u + 1]!; k++) {
      const item = sorted[k]!;
      if (item !== previous) {
        previous = item;
        sorted[write++] = item;
      }
    }
  }
  offsets[numUsers] = write;
  return { numUsers, numItems, offsets, items: sorted.slice(0, write) };
}

/** Builds consumed sets from one list of item ids per user (handy in tests and examples). */
export function consumedSetsFromLists(
  lists: ReadonlyArray<ArrayLike<number>>,
  numItems: number,
): ConsumedSets {
  let rows = 0;
  for (const list of lists) rows += list.length;
  const users = new Int32Array(rows);
  const items = new Int32Array(rows);
  let row = 0;
  lists.forEach((list, u) => {
    for (let k = 0; k < list.length; k++) {
      users[row] = u;
      items[row++] = list[k]!;
    }
  });
  return consumedSetsFromLog(users, items, lists.length, numItems);
}

/**
 * Per-user union of two collections of consumed sets over the same users and catalogue, e.g.
 * everything consumed so far plus this round's clicks.
 */
export function mergeConsumedSets(a: ConsumedSets, b: ConsumedSets): ConsumedSets {
  const metric = 'mergeConsumedSets';
  requireConsumedSets(metric, 'a', a);
  requireConsumedSets(metric, 'b', b);
  if (a.numUsers !== b.numUsers || a.numItems !== b.numItems) {
    throw new MetricInputError(
      metric,
      'b',
      `covers ${b.numUsers} users x ${b.numItems} items but a covers ${a.numUsers} x ${a.numItems}`,
    );
  }
  const offsets = new Int32Array(a.numUsers + 1);
  const merged = new Int32Array(a.items.length + b.items.length);
  let write = 0;
  for (let u = 0; u < a.numUsers; u++) {
    offsets[u] = write;
    let i = a.offsets[u]!;
    let j = b.offsets[u]!;
    const iEnd = a.offsets[u + 1]!;
    const jEnd = b.offsets[u + 1]!;
    while (i < iEnd || j < jEnd) {
      const x = i < iEnd ? a.items[i]! : Number.POSITIVE_INFINITY;
      const y = j < jEnd ? b.items[j]! : Number.POSITIVE_INFINITY;
      if (x <= y) {
        merged[write++] = x;
        i++;
        if (x === y) j++;
      } else {
        merged[write++] = y;
        j++;
      }
    }
  }
  offsets[a.numUsers] = write;
  return { numUsers: a.numUsers, numItems: a.numItems, offsets, items: merged.slice(0, write) };
}

/** Number of items in each user's set. */
export function consumedSetSizes(sets: ConsumedSets): Int32Array {
  requireConsumedSets('consumedSetSizes', 'sets', sets);
  const sizes = new Int32Array(sets.numUsers);
  for (let u = 0; u < sets.numUsers; u++) sizes[u] = sets.offsets[u + 1]! - sets.offsets[u]!;
  return sizes;
}

/**
 * Checks the invariants the set algorithms rely on, for sets built by hand rather than by
 * `consumedSetsFromLog`: offsets run from 0 to items.length without going down, and each user's
 * items are in-range, distinct and ascending.
 */
export function requireConsumedSets(metric: string, name: string, sets: ConsumedSets): void {
  const { numUsers, numItems, offsets, items } = sets;
  requirePositiveInteger(metric, `${name}.numUsers`, numUsers);
  requirePositiveInteger(metric, `${name}.numItems`, numItems);
  if (offsets.length !== numUsers + 1 || offsets[0] !== 0 || offsets[numUsers] !== items.length) {
    throw new MetricInputError(
      metric,
      `${name}.offsets`,
      `must have length numUsers + 1 = ${numUsers + 1}, start at 0 ` +
        `and end at items.length = ${items.length}`,
    );
  }
  for (let u = 0; u < numUsers; u++) {
    if (offsets[u + 1]! < offsets[u]!) {
      throw new MetricInputError(
        metric,
        `${name}.offsets`,
        `must not decrease, but does at user ${u}`,
      );
    }
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const item = items[k]!;
      if (!(item >= 0 && item < numItems) || (k > offsets[u]! && item <= items[k - 1]!)) {
        throw new MetricInputError(
          metric,
          `${name}.items`,
          `must hold distinct ascending item ids in [0, ${numItems}) per user, ` +
            `but user ${u} does not`,
        );
      }
    }
  }
}

import {
  clickProbability,
  examinationProbabilities,
  itemTerms,
  meanClickUtility,
  trueRelevance,
} from '../actors/response-model';
import { TrueScoreKernel } from '../internal/true-score-kernel';
import type { World } from '../world/world';

/**
 * P(click | examined) * E[utility | click] for each user x item (users.length * numItems),
 * written into the start of `into` when it is long enough (a caller scoring every round keeps
 * one array rather than paging in a fresh one each time), else into a new array.
 */
export function trueScores(world: World, users: Int32Array, into?: Float32Array): Float32Array {
  checkUsers(world, users, 'trueScores');
  const n = world.items.count;
  const size = users.length * n;
  const out =
    into !== undefined && into.length >= size ? into.subarray(0, size) : new Float32Array(size);
  const kernel = new TrueScoreKernel(world);
  for (let r = 0; r < users.length; r++) kernel.scoreUser(users[r]!, out, r * n);
  return out;
}

/**
 * Expected welfare of each user's slate (users.length values): the sum over positions of
 * examination probability * true score.
 */
export function expectedSlateUtility(
  world: World,
  users: Int32Array,
  slates: Int32Array,
): Float32Array {
  checkUsers(world, users, 'expectedSlateUtility');
  const k = world.config.slateSize;
  if (slates.length !== users.length * k) {
    throw new RangeError(
      `expectedSlateUtility: slates.length must be users.length * slateSize = ${users.length * k}, got ${slates.length}`,
    );
  }
  const n = world.items.count;
  const exam = examinationProbabilities(k, world.config.examination.eta);
  const terms = itemTerms(world);
  const out = new Float32Array(users.length);
  for (let r = 0; r < users.length; r++) {
    const u = users[r]!;
    let total = 0;
    for (let p = 0; p < k; p++) {
      const i = slates[r * k + p]!;
      if (i < 0 || i >= n) {
        throw new RangeError(
          `expectedSlateUtility: slates[${r * k + p}] = ${i} is not an item id in [0, ${n})`,
        );
      }
      const rel = trueRelevance(world, u, i);
      total +=
        exam[p]! *
        clickProbability(world, terms, u, i, rel) *
        meanClickUtility(world, terms, i, rel);
    }
    out[r] = total;
  }
  return out;
}

export function checkUsers(world: World, users: Int32Array, caller: string): void {
  const n = world.users.count;
  for (let r = 0; r < users.length; r++) {
    const u = users[r]!;
    if (u < 0 || u >= n) {
      throw new RangeError(`${caller}: users[${r}] = ${u} is not a user id in [0, ${n})`);
    }
  }
}

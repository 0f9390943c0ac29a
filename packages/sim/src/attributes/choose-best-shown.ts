import type { AttributeWorld } from './attribute-world';

/**
 * Each user's pick from its slate: the shown item of highest true score (profile · attributes),
 * the earlier position on a tie. `slates` holds slateSize item ids per user, user by user;
 * returns one item id per user. Scores only what was shown: slateSize * numAttributes
 * multiply-adds per user.
 */
export function chooseBestShown(
  world: AttributeWorld,
  slates: Int32Array,
  out: Int32Array = new Int32Array(world.config.numUsers),
): Int32Array {
  const { numUsers, numItems, numAttributes: a, slateSize: k } = world.config;
  if (slates.length !== numUsers * k) {
    throw new RangeError(
      `chooseBestShown: slates.length must be numUsers * slateSize = ${numUsers * k}, got ${slates.length}`,
    );
  }
  if (out.length !== numUsers) {
    throw new RangeError(
      `chooseBestShown: out.length must be numUsers = ${numUsers}, got ${out.length}`,
    );
  }
  const { userProfiles, itemAttributes } = world;
  for (let u = 0; u < numUsers; u++) {
    const po = u * a;
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let p = 0; p < k; p++) {
      const item = slates[u * k + p]!;
      if (!(item >= 0 && item < numItems)) {
        throw new RangeError(
          `chooseBestShown: slates[${u * k + p}] = ${item} is not an item id in [0, ${numItems})`,
        );
      }
      const io = item * a;
      let score = 0;
      for (let j = 0; j < a; j++) score += userProfiles[po + j]! * itemAttributes[io + j]!;
      if (score > bestScore) {
        bestScore = score;
        best = item;
      }
    }
    out[u] = best;
  }
  return out;
}

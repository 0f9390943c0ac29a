import type { RecommendationEnv } from './env/recommendation-env';
import { checkUsers } from './env/true-scores';
import { TrueScoreKernel } from './internal/true-score-kernel';
import type { Policy } from './policy';

/**
 * The ideal recommender: for each user, the slateSize items of highest true expected utility,
 * best first (which maximises expected slate welfare, as examination falls with position).
 * Scores one user at a time, so memory stays O(numItems) however many users there are, and
 * skips the exp of items that cannot enter the slate (see TrueScoreKernel): the same slates as
 * ranking the full `trueScores` matrix, a few times faster.
 */
export function rankByTrueUtility(
  env: RecommendationEnv,
  users: Int32Array,
  slateSize: number,
): Int32Array {
  const world = env.world;
  const n = world.items.count;
  if (!Number.isInteger(slateSize) || slateSize < 1 || slateSize > n) {
    throw new RangeError(
      `rankByTrueUtility: slateSize must be an integer in [1, numItems=${n}], got ${slateSize}`,
    );
  }
  checkUsers(world, users, 'rankByTrueUtility');
  const kernel = new TrueScoreKernel(world, slateSize);
  const out = new Int32Array(users.length * slateSize);
  for (let r = 0; r < users.length; r++) kernel.topK(users[r], slateSize, out, r * slateSize);
  return out;
}

/** A policy that always plays the oracle's slates (it reads the hidden world through `env`). */
export function oraclePolicy(env: RecommendationEnv): Policy {
  return (observation) => rankByTrueUtility(env, observation.activeUsers, observation.slateSize);
}

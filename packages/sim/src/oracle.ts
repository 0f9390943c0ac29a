import { itemTerms, scoreItemsForUser } from './actors/response-model';
import type { RecommendationEnv } from './env/recommendation-env';
import { checkUsers } from './env/true-scores';
import { topKInto } from './internal/top-k';
import type { Policy } from './policy';

/**
 * The ideal recommender: for each user, the slateSize items of highest true expected utility,
 * best first (which maximises expected slate welfare, as examination falls with position).
 * Scores one user at a time, so memory stays O(numItems) however many users there are.
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
  const terms = itemTerms(world);
  const row = new Float32Array(n);
  const out = new Int32Array(users.length * slateSize);
  for (let r = 0; r < users.length; r++) {
    scoreItemsForUser(world, terms, users[r], row, 0);
    topKInto(row, 0, n, slateSize, out, r * slateSize);
  }
  return out;
}

/** A policy that always plays the oracle's slates (it reads the hidden world through `env`). */
export function oraclePolicy(env: RecommendationEnv): Policy {
  return (observation) => rankByTrueUtility(env, observation.activeUsers, observation.slateSize);
}

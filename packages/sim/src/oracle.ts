import type { RecommendationEnv } from './env/recommendation-env';
import { checkUsers } from './env/true-scores';
import { IncrementalOracle } from './internal/incremental-oracle';
import type { Policy } from './policy';
import type { World } from './world/world';

/** One incremental oracle per live world (a reset makes a new world, and a new oracle). */
const oracles = new WeakMap<World, IncrementalOracle>();

/**
 * The ideal recommender: for each user, the slateSize items of highest true expected utility,
 * best first (which maximises expected slate welfare, as examination falls with position);
 * ties go to the lower item id. The same slates as ranking the full `trueScores` matrix, but
 * a user's ranking is carried over from the previous call and only the items that changed
 * since are scored (see IncrementalOracle), and a full ranking skips the exp of items that
 * cannot enter the slate (see TrueScoreKernel). Memory stays O(numUsers × slateSize).
 */
export function rankByTrueUtility(
  env: RecommendationEnv,
  users: Int32Array,
  slateSize: number,
): Int32Array {
  const world = env.world as World;
  const n = world.items.count;
  if (!Number.isInteger(slateSize) || slateSize < 1 || slateSize > n) {
    throw new RangeError(
      `rankByTrueUtility: slateSize must be an integer in [1, numItems=${n}], got ${slateSize}`,
    );
  }
  checkUsers(world, users, 'rankByTrueUtility');
  let oracle = oracles.get(world);
  if (oracle === undefined) {
    oracle = new IncrementalOracle(world);
    oracles.set(world, oracle);
  }
  return oracle.rank(users, slateSize);
}

/** A policy that always plays the oracle's slates (it reads the hidden world through `env`). */
export function oraclePolicy(env: RecommendationEnv): Policy {
  return (observation) => rankByTrueUtility(env, observation.activeUsers, observation.slateSize);
}

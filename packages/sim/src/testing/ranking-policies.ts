import type { RecommendationEnv } from '../env/recommendation-env';
import { topKInto } from '../internal/top-k';
import type { Policy } from '../policy';

/**
 * A policy that shows every user the same items: the top of a per-item score read from the
 * hidden world (e.g. clickbait or quality), to drive the world in a known direction in tests.
 */
export function rankItemsBy(
  env: RecommendationEnv,
  score: (env: RecommendationEnv) => Float32Array,
): Policy {
  return (observation) => {
    const { activeUsers, slateSize } = observation;
    const top = new Int32Array(slateSize);
    const values = score(env);
    topKInto(values, 0, values.length, slateSize, top, 0);
    const slates = new Int32Array(activeUsers.length * slateSize);
    for (let a = 0; a < activeUsers.length; a++) slates.set(top, a * slateSize);
    return slates;
  };
}

import type { Rng } from '@goodhart/random';
import type { WorldConfig } from '../config/world-config';
import { drawUnitRow, drawUnitRowAround } from '../world/vectors';

/**
 * Taste communities (Chaney et al. 2018 draw concentrated preferences for the same reason):
 * people's tastes are not spread evenly over every direction of topic space but gather around
 * a few shared interests, and creators make items for those interests. A recommender can then
 * learn a user's taste from what other users of the same community did, which is what
 * collaborative filtering relies on. `communities.count` unit centres, uniform on the sphere.
 */
export function createCommunityCentres(config: WorldConfig, rng: Rng): Float32Array {
  const { count } = config.communities;
  const centres = new Float32Array(count * config.topicDim);
  for (let c = 0; c < count; c++) drawUnitRow(centres, c, config.topicDim, rng);
  return centres;
}

/**
 * Row `r` of `x`: a unit vector around centre `community` with noise of expected length
 * `spread`, or, for community -1 (no communities), uniform on the sphere.
 */
export function drawAroundCommunity(
  x: Float32Array,
  r: number,
  centres: Float32Array,
  community: number,
  spread: number,
  dim: number,
  rng: Rng,
): void {
  if (community < 0) drawUnitRow(x, r, dim, rng);
  else drawUnitRowAround(x, r, centres, community, spread, dim, rng);
}

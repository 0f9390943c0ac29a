import type { Rng } from '@goodhart/random';
import { createCommunityCentres } from '../actors/communities';
import { createCreators } from '../actors/creators';
import { createItems } from '../actors/items';
import { createUsers } from '../actors/users';
import { resolveWorldConfig } from '../config/resolve-world-config';
import type { WorldConfig, WorldConfigInput } from '../config/world-config';
import type { World } from './world';

/**
 * A fresh world drawn from `rng`: the communities' centres, creators (items are made with
 * their effort), then the catalogue, then users, each from its own child stream so changing
 * one part of the world's recipe leaves the others' draws alone.
 */
export function createWorld(config: WorldConfigInput | WorldConfig, rng: Rng): World {
  const resolved = resolveWorldConfig(config);
  const communityCentres = createCommunityCentres(resolved, rng.fork(4));
  const creators = createCreators(resolved, communityCentres, rng.fork(1));
  const items = createItems(resolved, creators, rng.fork(2));
  const users = createUsers(resolved, communityCentres, rng.fork(3));
  return {
    config: resolved,
    topicDim: resolved.topicDim,
    communityCentres,
    users,
    items,
    creators,
  };
}

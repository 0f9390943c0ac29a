import { gamma, type Rng } from '@goodhart/random';
import type { WorldConfig } from '../config/world-config';
import { checkedRow, entryAt } from '../internal/entry-at';
import { clamp, normaliseRow, sigmoid } from '../world/vectors';
import type { ItemTable, UserTable } from '../world/world';
import { drawAroundCommunity } from './communities';

/**
 * A fresh population: unit preferences (with communities, each user joins one uniformly at
 * random and its preference is drawn around the centre), susceptibility, patience, opinions.
 */
export function createUsers(
  config: WorldConfig,
  communityCentres: Float32Array,
  rng: Rng,
): UserTable {
  const n = config.numUsers;
  const dim = config.topicDim;
  const users: UserTable = {
    count: n,
    preferences: new Float32Array(n * dim),
    susceptibility: new Float32Array(n),
    returnPropensity: new Float32Array(n),
    opinion: new Float32Array(n),
    recentWelfare: new Float32Array(n),
  };
  const shape = config.users.susceptibilityShape;
  const { count, userSpread } = config.communities;
  for (let u = 0; u < n; u++) {
    const community = count > 0 ? Math.floor(rng.next() * count) : -1;
    drawAroundCommunity(users.preferences, u, communityCentres, community, userSpread, dim, rng);
    users.susceptibility[u] = gamma(shape, rng, 1 / shape);
    users.returnPropensity[u] = config.retention.base + config.retention.spread * rng.normal();
    users.opinion[u] = clamp(config.users.opinionSpread * rng.normal(), -1, 1);
  }
  return users;
}

/** Probability that user `u` comes back this round: patience plus how well it has been served. */
export function returnProbability(users: UserTable, u: number, config: WorldConfig): number {
  return sigmoid(
    entryAt(users.returnPropensity, u, 'user') +
      config.retention.welfareWeight * entryAt(users.recentWelfare, u, 'user'),
  );
}

/** User `u`'s susceptibility to clickbait and opinion; throws if there is no user `u`. */
export function userTraits(
  users: UserTable,
  u: number,
): { susceptibility: number; opinion: number } {
  return {
    susceptibility: entryAt(users.susceptibility, u, 'user'),
    opinion: entryAt(users.opinion, u, 'user'),
  };
}

/**
 * The users who show up this round, in increasing id order. One uniform draw per user, in id
 * order, so two worlds differing only in welfare use the same draws (common random numbers).
 */
export function sampleActiveUsers(users: UserTable, config: WorldConfig, rng: Rng): Int32Array {
  const chosen = new Int32Array(users.count);
  let n = 0;
  for (let u = 0; u < users.count; u++) {
    if (rng.next() < returnProbability(users, u, config)) chosen[n++] = u;
  }
  return chosen.slice(0, n);
}

/**
 * After a round: active users fold the round's welfare into their EWMA; absent users drift back
 * toward indifference; clicks pull preferences toward the item's topic and opinions toward its
 * polarity. `welfare` is aligned with `activeUsers`; clicks are given as (user, item) pairs.
 */
export function updateUsers(
  users: UserTable,
  items: ItemTable,
  config: WorldConfig,
  activeUsers: Int32Array,
  welfare: Float32Array,
  clickUsers: Int32Array,
  clickItems: Int32Array,
): void {
  const { welfareSmoothing, forgetting } = config.retention;
  const wasActive = new Uint8Array(users.count);
  for (let a = 0; a < activeUsers.length; a++) {
    const u = activeUsers[a]!;
    wasActive[u] = 1;
    users.recentWelfare[u] =
      (1 - welfareSmoothing) * entryAt(users.recentWelfare, u, 'active user') +
      welfareSmoothing * entryAt(welfare, a, 'welfare of active user');
  }
  if (forgetting > 0) {
    for (let u = 0; u < users.count; u++) {
      if (wasActive[u] === 0) users.recentWelfare[u]! *= 1 - forgetting;
    }
  }
  if (config.opinionDynamics.rate > 0) {
    attractOrRepel(users, items, config.opinionDynamics, clickUsers, clickItems);
  }
  const { preference, opinion } = config.drift;
  if (preference === 0 && opinion === 0) return;
  const dim = config.topicDim;
  for (let c = 0; c < clickUsers.length; c++) {
    const u = clickUsers[c]!;
    const i = entryAt(clickItems, c, 'clickItems entry');
    if (preference > 0) {
      const uo = checkedRow(u, users.count, 'clicking user') * dim;
      const io = checkedRow(i, items.count, 'clicked item') * dim;
      for (let j = 0; j < dim; j++) {
        const p = users.preferences[uo + j]!;
        users.preferences[uo + j] = p + preference * (items.topics[io + j]! - p);
      }
      normaliseRow(users.preferences, u, dim);
    }
    if (opinion > 0) {
      const current = entryAt(users.opinion, u, 'clicking user');
      users.opinion[u] = current + opinion * (entryAt(items.polarity, i, 'clicked item') - current);
    }
  }
}

/**
 * Attraction–repulsion (Axelrod, Daymude & Forrest, PNAS 2021; Jager & Amblard 2005): a click
 * on an item whose polarity is within `tolerance` of the user's opinion pulls the opinion a
 * share `rate` toward it; a click on one farther away pushes it the same share away, within
 * [-1, 1]. Unlike pure attraction (drift.opinion), this can split a population apart.
 */
export function attractOrRepel(
  users: UserTable,
  items: ItemTable,
  dynamics: { rate: number; tolerance: number },
  clickUsers: Int32Array,
  clickItems: Int32Array,
): void {
  const { rate, tolerance } = dynamics;
  for (let c = 0; c < clickUsers.length; c++) {
    const u = clickUsers[c]!;
    const current = entryAt(users.opinion, u, 'clicking user');
    const item = entryAt(clickItems, c, 'clickItems entry');
    const gap = entryAt(items.polarity, item, 'clicked item') - current;
    const step = Math.abs(gap) <= tolerance ? rate * gap : -rate * gap;
    users.opinion[u] = clamp(current + step, -1, 1);
  }
}

import {
  requireFinite,
  requireIds,
  requireNonEmpty,
  requireNonNegative,
  requirePositiveInteger,
  requireSameLength,
} from './internal/validate';
import { sumOf, weightedMean } from './internal/weighted-mean';

/** Mean true utility per entry (per impression, or per user when given per-user welfare). */
export function meanUtility(utilities: ArrayLike<number>): number {
  return weightedMean('meanUtility', 'utilities', utilities, undefined);
}

/**
 * Mean true relevance (the user's interest in the item, before quality or clickbait) over the
 * impressions given, one entry per impression: how well what was shown matched what people
 * like, whatever they then clicked or watched.
 */
export function meanRelevance(relevance: ArrayLike<number>): number {
  return weightedMean('meanRelevance', 'relevance', relevance, undefined);
}

/** Sum of true utility. An empty array sums to 0. */
export function totalUtility(utilities: ArrayLike<number>): number {
  return sumOf('totalUtility', 'utilities', utilities);
}

function requireAligned(
  metric: string,
  policyUtility: ArrayLike<number>,
  oracleUtility: ArrayLike<number>,
): void {
  requireNonEmpty(metric, 'oracleUtility', oracleUtility);
  requireSameLength(metric, 'policyUtility', policyUtility, 'oracleUtility', oracleUtility);
  requireFinite(metric, 'policyUtility', policyUtility);
  requireFinite(metric, 'oracleUtility', oracleUtility);
}

/**
 * Mean regret against the oracle: mean of (oracle - policy) over aligned entries (the same
 * users, or the same user-rounds, served by both). Positive when the policy does worse.
 */
export function regret(policyUtility: ArrayLike<number>, oracleUtility: ArrayLike<number>): number {
  requireAligned('regret', policyUtility, oracleUtility);
  let sum = 0;
  for (let i = 0; i < oracleUtility.length; i++) sum += oracleUtility[i]! - policyUtility[i]!;
  return sum / oracleUtility.length;
}

/**
 * Total policy utility as a fraction of total oracle utility (Chaney et al.'s "utility relative
 * to ideal"): 1 means as good as the oracle. A ratio is only meaningful against a positive
 * yardstick, so this returns NaN when the oracle's total is zero or negative.
 */
export function utilityRelativeToOracle(
  policyUtility: ArrayLike<number>,
  oracleUtility: ArrayLike<number>,
): number {
  requireAligned('utilityRelativeToOracle', policyUtility, oracleUtility);
  let policy = 0;
  let oracle = 0;
  for (let i = 0; i < oracleUtility.length; i++) {
    policy += policyUtility[i]!;
    oracle += oracleUtility[i]!;
  }
  return oracle > 0 ? policy / oracle : Number.NaN;
}

/**
 * Utility on the scale where a uniformly random slate scores 0 and the oracle's slate 1:
 * (Σ policy − Σ random) / (Σ oracle − Σ random) over aligned entries (the same users served
 * three ways). Unlike the share of the oracle's utility it does not depend on where the
 * world's utility scale puts zero, so arms and worlds compare. Below 0: worse than random.
 * NaN when the oracle is no better than random (the scale is undefined).
 */
export function utilityNormalised(
  policyUtility: ArrayLike<number>,
  randomUtility: ArrayLike<number>,
  oracleUtility: ArrayLike<number>,
): number {
  const metric = 'utilityNormalised';
  requireAligned(metric, policyUtility, oracleUtility);
  requireSameLength(metric, 'randomUtility', randomUtility, 'oracleUtility', oracleUtility);
  requireFinite(metric, 'randomUtility', randomUtility);
  let gain = 0;
  let span = 0;
  for (let i = 0; i < oracleUtility.length; i++) {
    gain += policyUtility[i]! - randomUtility[i]!;
    span += oracleUtility[i]! - randomUtility[i]!;
  }
  return span > 0 ? gain / span : Number.NaN;
}

/**
 * Population retention: active users in the last round over active users in the first, from a
 * per-round series of active-user counts. It compares head counts, not identities; use
 * `returnRate` to follow the same users from one round to the next. NaN when the first round
 * had no active users.
 */
export function retentionRate(activeCounts: ArrayLike<number>): number {
  const metric = 'retentionRate';
  requireNonEmpty(metric, 'activeCounts', activeCounts);
  requireNonNegative(metric, 'activeCounts', activeCounts);
  const first = activeCounts[0]!;
  return first > 0 ? activeCounts[activeCounts.length - 1]! / first : Number.NaN;
}

/**
 * Share of the users active in one round who are active again in the next: |previous ∩
 * current| / |previous|, with both given as user ids (as in `Observation.activeUsers`).
 * Repeated ids count once. NaN when no user was active in the previous round.
 */
export function returnRate(
  previousActiveUsers: ArrayLike<number>,
  currentActiveUsers: ArrayLike<number>,
  numUsers: number,
): number {
  const metric = 'returnRate';
  requirePositiveInteger(metric, 'numUsers', numUsers);
  requireIds(metric, 'previousActiveUsers', previousActiveUsers, numUsers, 'numUsers');
  requireIds(metric, 'currentActiveUsers', currentActiveUsers, numUsers, 'numUsers');
  // 1 = active before, 2 = active before and seen again now.
  const state = new Uint8Array(numUsers);
  let previous = 0;
  for (let i = 0; i < previousActiveUsers.length; i++) {
    const u = previousActiveUsers[i]!;
    if (state[u] === 0) {
      state[u] = 1;
      previous++;
    }
  }
  if (previous === 0) return Number.NaN;
  let returned = 0;
  for (let i = 0; i < currentActiveUsers.length; i++) {
    const u = currentActiveUsers[i]!;
    if (state[u] === 1) {
      state[u] = 2;
      returned++;
    }
  }
  return returned / previous;
}

/**
 * Per-round counts as fractions of the first round's count: the retention curve to plot.
 * All NaN when the first round had no active users.
 */
export function retentionCurve(activeCounts: ArrayLike<number>): Float64Array {
  const metric = 'retentionCurve';
  requireNonEmpty(metric, 'activeCounts', activeCounts);
  requireNonNegative(metric, 'activeCounts', activeCounts);
  const first = activeCounts[0]!;
  const curve = new Float64Array(activeCounts.length);
  for (let t = 0; t < activeCounts.length; t++) {
    curve[t] = first > 0 ? activeCounts[t]! / first : Number.NaN;
  }
  return curve;
}

/**
 * Who follows whom: an undirected graph over users in compressed sparse rows (user u's
 * neighbours are `neighbours[offsets[u]]` .. `neighbours[offsets[u + 1] - 1]`, ascending).
 * A platform sees its social graph, so a recommender may read it (social filtering).
 */
export interface SocialGraph {
  readonly numUsers: number;
  /** Length numUsers + 1. */
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
}

/**
 * The social network of Chaney, Stewart & Engelhardt (RecSys 2018) as T-RECS builds it for
 * their replication: users are friends when the covariance of their preference vectors (over
 * the topic dimensions, as numpy's `cov` of the rows) is at least a threshold, and the
 * threshold is the highest at which every user still has a friend, i.e. the smallest over
 * users of each user's largest covariance with another user. Friends therefore share taste
 * (homophily), which is what makes social filtering work and what it amplifies.
 * T-RECS's own code lets a user's variance with itself count as a connection; here nobody is
 * their own friend. O(numUsers² · dim), two passes, no dense matrix kept.
 */
export function preferenceCovarianceGraph(
  preferences: Float32Array,
  numUsers: number,
  dim: number,
): SocialGraph {
  if (!Number.isInteger(numUsers) || numUsers < 2) {
    throw new RangeError(`preferenceCovarianceGraph: numUsers must be at least 2, got ${numUsers}`);
  }
  if (!Number.isInteger(dim) || dim < 2 || preferences.length !== numUsers * dim) {
    throw new RangeError(
      `preferenceCovarianceGraph: preferences must hold numUsers * dim values with dim >= 2, got ${preferences.length} for ${numUsers} x ${dim}`,
    );
  }
  const centred = new Float64Array(numUsers * dim);
  for (let u = 0; u < numUsers; u++) {
    let mean = 0;
    for (let j = 0; j < dim; j++) mean += preferences[u * dim + j]!;
    mean /= dim;
    for (let j = 0; j < dim; j++) centred[u * dim + j] = preferences[u * dim + j]! - mean;
  }
  const covariance = (u: number, v: number) => {
    let sum = 0;
    for (let j = 0; j < dim; j++) sum += centred[u * dim + j]! * centred[v * dim + j]!;
    return sum / (dim - 1);
  };
  const best = new Float64Array(numUsers).fill(Number.NEGATIVE_INFINITY);
  for (let u = 0; u < numUsers; u++) {
    for (let v = u + 1; v < numUsers; v++) {
      const c = covariance(u, v);
      if (c > best[u]!) best[u] = c;
      if (c > best[v]!) best[v] = c;
    }
  }
  let threshold = Number.POSITIVE_INFINITY;
  for (const b of best) threshold = Math.min(threshold, b);

  const lists: number[][] = Array.from({ length: numUsers }, () => []);
  for (let u = 0; u < numUsers; u++) {
    for (let v = u + 1; v < numUsers; v++) {
      if (covariance(u, v) >= threshold) {
        lists[u]!.push(v);
        lists[v]!.push(u);
      }
    }
  }
  const offsets = new Int32Array(numUsers + 1);
  for (const [u, list] of lists.entries()) offsets[u + 1] = offsets[u]! + list.length;
  const neighbours = new Int32Array(offsets[numUsers]!);
  for (const [u, list] of lists.entries()) {
    list.sort((a, b) => a - b);
    neighbours.set(list, offsets[u]);
  }
  return { numUsers, offsets, neighbours };
}

import { exposureAmplification, rankAutocorrelation } from '@goodhart/metrics';
import { type Rng, sampleWithoutReplacement } from '@goodhart/random';
import { type InteractionLog, trueRelevance, type World } from '@goodhart/sim';

/** Users the tracker follows: at most 200, drawn once per run (as the relevance probe). */
export const amplificationUsers = 200;

/**
 * At most this many user × item cells are ranked per round (four sorts of each followed
 * user's row): 200 users of a 500-item catalogue, 20 of a 5,000-item one, so the metric
 * costs a few milliseconds a round at any size.
 */
export const amplificationCells = 100_000;

/** Slots counted as "the top slots" whose past exposure may be amplified. */
export const amplificationTopSlots = 3;

export interface AmplificationResult {
  /** metrics' exposureAmplification of the served score, over the followed active users. */
  exposureAmplification: number;
  /** metrics' rankAutocorrelation against each followed user's last served ranking. */
  rankAutocorrelation: number;
}

/**
 * Does the arm amplify its own past decisions (Zhao et al. 2019's "degenerate equilibria")?
 * Follows a fixed random set of users. Each round, for those who came: how strongly the items
 * shown most in the top slots of earlier rounds are overrated by the served score relative
 * to their true relevance (exposureAmplification), and how much each user's served ranking
 * repeats the one served to them the last time they came (rankAutocorrelation). Reads only
 * scores the loop already made, so it costs no extra prediction. A catalogue slot whose item
 * was replaced starts again with no exposure.
 */
export class AmplificationTracker {
  private readonly followed: Int32Array;
  /** Row of each user in `followed`, or −1. */
  private readonly rowOfUser: Int32Array;
  private readonly lastScores: Float32Array;
  private readonly hasLast: Uint8Array;
  private readonly exposure: Float64Array;

  constructor(
    numUsers: number,
    private readonly numItems: number,
    rng: Rng,
  ) {
    const count = Math.min(
      numUsers,
      amplificationUsers,
      Math.max(1, Math.floor(amplificationCells / Math.max(1, numItems))),
    );
    this.followed = sampleWithoutReplacement(numUsers, count, rng).sort();
    this.rowOfUser = new Int32Array(numUsers).fill(-1);
    this.followed.forEach((user, row) => {
      this.rowOfUser[user] = row;
    });
    this.lastScores = new Float32Array(this.followed.length * numItems);
    this.hasLast = new Uint8Array(this.followed.length);
    this.exposure = new Float64Array(numItems);
  }

  /**
   * `served`: the served score of every item for each active user (users.length × numItems,
   * row r = users[r]); measured before the round's impressions are counted.
   */
  measure(
    users: Int32Array,
    served: Float32Array | undefined,
    world: Readonly<World>,
  ): AmplificationResult {
    const none = { exposureAmplification: Number.NaN, rankAutocorrelation: Number.NaN };
    if (served === undefined) return none;
    const n = this.numItems;
    const present: number[] = [];
    for (let r = 0; r < users.length; r++) if (this.rowOfUser[users[r]] >= 0) present.push(r);
    if (present.length === 0) return none;
    const scores = new Float32Array(present.length * n);
    const truth = new Float64Array(present.length * n);
    const before: number[] = [];
    present.forEach((r, k) => {
      scores.set(served.subarray(r * n, (r + 1) * n), k * n);
      for (let i = 0; i < n; i++) truth[k * n + i] = trueRelevance(world, users[r], i);
      if (this.hasLast[this.rowOfUser[users[r]]] === 1) before.push(k);
    });
    // A model whose scores are not all finite (none here does) is not measured rather than
    // stopping the run.
    if (!scores.every(Number.isFinite)) return none;
    const previous = new Float32Array(before.length * n);
    const current = new Float32Array(before.length * n);
    before.forEach((k, b) => {
      const row = this.rowOfUser[users[present[k]]];
      previous.set(this.lastScores.subarray(row * n, (row + 1) * n), b * n);
      current.set(scores.subarray(k * n, (k + 1) * n), b * n);
    });
    present.forEach((r, k) => {
      const row = this.rowOfUser[users[r]];
      this.lastScores.set(scores.subarray(k * n, (k + 1) * n), row * n);
      this.hasLast[row] = 1;
    });
    return {
      exposureAmplification: exposureAmplification(scores, truth, this.exposure, n),
      rankAutocorrelation:
        before.length > 0 ? rankAutocorrelation(previous, current, n) : Number.NaN,
    };
  }

  /** Counts the round's impressions in the top slots; forgets replaced catalogue slots. */
  logged(log: InteractionLog, replacedItems: Int32Array): void {
    for (let x = 0; x < log.length; x++)
      if (log.position[x] < amplificationTopSlots) this.exposure[log.item[x]] += 1;
    for (let k = 0; k < replacedItems.length; k++) this.exposure[replacedItems[k]] = 0;
  }
}

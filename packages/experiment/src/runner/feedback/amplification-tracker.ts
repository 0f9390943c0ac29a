import { combineHeads, type HeadScores, type HeadWeights, headNames } from '@goodhart/core';
import {
  exposureAmplificationOfPercentiles,
  rankAutocorrelationOfPercentiles,
  rowPercentiles,
} from '@goodhart/metrics';
import { type Rng, sampleWithoutReplacement } from '@goodhart/random';
import { type InteractionLog, trueRelevance, type World } from '@goodhart/sim';

/** Users the tracker follows: at most 200, drawn once per run (as the relevance probe). */
export const amplificationUsers = 200;

/**
 * At most this many user × item cells are ranked per round (two sorts of each followed
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
  /**
   * Each followed user's served scores the last time they came, as rowPercentiles: ranked
   * once, when they were the current scores, not again as the previous ones.
   */
  private readonly lastPercentiles: Float64Array;
  private readonly hasLast: Uint8Array;
  private readonly exposure: Float64Array;
  /** This round's active users, and the rows among them that are followed. */
  private users: Int32Array = new Int32Array(0);
  private readonly present: number[] = [];
  private readonly slotOfRow = new Map<number, number>();
  /** The followed active users' served scores, present.length × numItems. */
  private scores = new Float32Array(0);
  private readonly rowScratch: Float32Array;

  constructor(
    numUsers: number,
    private readonly numItems: number,
    rng: Rng,
    private readonly weights: HeadWeights,
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
    this.lastPercentiles = new Float64Array(this.followed.length * numItems);
    this.hasLast = new Uint8Array(this.followed.length);
    this.exposure = new Float64Array(numItems);
    this.rowScratch = new Float32Array(numItems);
  }

  /**
   * Starts a round: notes which of the round's active users (rows of `users`) are followed.
   * Their served scores are then handed in block by block through `capture`.
   */
  beginRound(users: Int32Array): void {
    const n = this.numItems;
    this.users = users;
    this.present.length = 0;
    this.slotOfRow.clear();
    for (let r = 0; r < users.length; r++) {
      if (this.rowOfUser[users[r]!]! < 0) continue;
      this.slotOfRow.set(r, this.present.length);
      this.present.push(r);
    }
    if (this.scores.length < this.present.length * n)
      this.scores = new Float32Array(this.followed.length * n);
  }

  /**
   * Keeps the served score (the heads weighed as the decision rule weighs them) of the
   * followed users among rows [rowStart, rowStart + rows), whose heads hold rows × numItems.
   */
  capture(heads: HeadScores, rowStart: number, rows: number): void {
    const n = this.numItems;
    for (let r = rowStart; r < rowStart + rows; r++) {
      const slot = this.slotOfRow.get(r);
      if (slot === undefined) continue;
      const row: HeadScores = {};
      const offset = (r - rowStart) * n;
      for (const head of headNames) {
        const scores = heads[head];
        if (scores !== undefined) row[head] = scores.subarray(offset, offset + n);
      }
      this.scores.set(combineHeads(row, this.weights, this.rowScratch), slot * n);
    }
  }

  /** Measured once every block of the round was captured, before its impressions are counted. */
  measure(world: Readonly<World>): AmplificationResult {
    const none = { exposureAmplification: Number.NaN, rankAutocorrelation: Number.NaN };
    const { users, present } = this;
    if (users.length === 0 || present.length === 0) return none;
    const n = this.numItems;
    const scores = this.scores.subarray(0, present.length * n);
    const truth = new Float64Array(present.length * n);
    const before: number[] = [];
    present.forEach((r, k) => {
      for (let i = 0; i < n; i++) truth[k * n + i] = trueRelevance(world, users[r]!, i);
      if (this.hasLast[this.rowOfUser[users[r]!]!] === 1) before.push(k);
    });
    // A model whose scores are not all finite (none here does) is not measured rather than
    // stopping the run.
    if (!scores.every(Number.isFinite)) return none;
    const scorePct = rowPercentiles(scores, n);
    const previous = new Float64Array(before.length * n);
    const current = new Float64Array(before.length * n);
    before.forEach((k, b) => {
      const row = this.rowOfUser[users[present[k]!]!]!;
      previous.set(this.lastPercentiles.subarray(row * n, (row + 1) * n), b * n);
      current.set(scorePct.subarray(k * n, (k + 1) * n), b * n);
    });
    present.forEach((r, k) => {
      const row = this.rowOfUser[users[r]!]!;
      this.lastPercentiles.set(scorePct.subarray(k * n, (k + 1) * n), row * n);
      this.hasLast[row] = 1;
    });
    return {
      exposureAmplification: exposureAmplificationOfPercentiles(
        scorePct,
        rowPercentiles(truth, n),
        this.exposure,
        n,
      ),
      rankAutocorrelation:
        before.length > 0 ? rankAutocorrelationOfPercentiles(previous, current, n) : Number.NaN,
    };
  }

  /** Counts the round's impressions in the top slots; forgets replaced catalogue slots. */
  logged(log: InteractionLog, replacedItems: Int32Array): void {
    for (let x = 0; x < log.length; x++)
      if (log.position[x]! < amplificationTopSlots) this.exposure[log.item[x]!]! += 1;
    for (let k = 0; k < replacedItems.length; k++) this.exposure[replacedItems[k]!] = 0;
  }
}

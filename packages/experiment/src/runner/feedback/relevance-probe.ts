import {
  combineHeads,
  HeadScoreBuffers,
  type HeadWeights,
  type ItemBatch,
  type ScoringModel,
} from '@goodhart/core';
import { featureRankLift, ndcgAtK, perUserAuc, recallAtK } from '@goodhart/metrics';
import { type Rng, sampleWithoutReplacement } from '@goodhart/random';
import { clickProbability, itemTerms, trueRelevance, type World } from '@goodhart/sim';

/** Users the probe follows: 200, drawn once per run. */
export const relevanceProbeUsers = 200;

/**
 * Items the probe judges per user: every item up to 500 (so 200 × 500 pairs in the default
 * world), else a fixed random 500 of them. A hundred thousand pairs pin an AUC down to well
 * under a hundredth; a million (200 users × 5,000 items) cost 0.45 s a round and told no more.
 */
export const relevanceProbeItemsPerUser = 500;

/** Depth of the probe's nDCG: the first slate's worth of a ranked list. */
export const probeNdcgDepth = 10;

/** What the probe measured this round. */
export interface RelevanceProbeResult {
  /**
   * The served score's per-user AUC against true relevance: within each probe user, the AUC of
   * the score against "true relevance above this user's median", averaged over users
   * (metrics' perUserAuc).
   */
  relevanceAucPerUser: number;
  /** nDCG@10 of the served score, the gain being each user's true relevance rescaled to [0, 1]. */
  ndcgAt10: number;
  /**
   * The click head's per-user AUC against "true P(click | examined) above this user's median":
   * interest plus clickbait and polarity, position left out — what a click model corrected for
   * position bias estimates. NaN for a model without a click head.
   */
  examinedClickAuc: number;
  /** `ndcgAt<k>` and `recallAt<k>` at the extra depths the spec asked for (ProbeDepths). */
  atDepths: Record<string, number>;
  /**
   * Only in a world whose items carry the purchase marker (sim's config.purchase): how far the
   * served score lifts each user's marked items above where their true relevance ranks them,
   * in percentile ranks (metrics' featureRankLift; 0 for a score that ranks by relevance). The
   * marker is worth nothing to users, so a positive lift is a learnt shortcut.
   */
  markerRankLift?: number;
}

/** Extra depths of the probe's nDCG and recall, and recall's relevant set per user. */
export interface ProbeDepths {
  depths: readonly number[];
  relevant: number;
}

/**
 * What the arm has learnt, judged on a fixed random set of user-item pairs rather than on the
 * items it chose to show (all of which it already scores highly, so they say little). The score
 * judged is the one the arm serves by: the decision rule's weighted sum of the heads, before
 * exploration or re-ranking, so an arm that ranks by watch time or satisfaction is measured
 * too. The truth is sim's `trueRelevance` (the user's interest in the item). Every figure is
 * within users: a score that only tells heavy users from light ones, or popular items from the
 * rest, gains nothing it does not also gain within each user. The pairs are drawn once per
 * run; items are slots of the catalogue, so a replaced item's slot is judged with its new
 * occupant.
 */
export class RelevanceProbe {
  readonly users: Int32Array;
  /** Per user, the items judged (users.length × itemsPerUser, each row ascending). */
  readonly items: Int32Array;
  readonly itemsPerUser: number;
  private readonly numItems: number;
  private readonly weights: HeadWeights;
  private readonly scoreBuffers = new HeadScoreBuffers();
  private served: Float32Array | undefined;
  private readonly interest: Float64Array;
  private readonly gains: Float64Array;
  private readonly clickIfExamined: Float64Array;
  private readonly scores: Float32Array;
  private readonly clickScores: Float32Array;
  private readonly marked: Uint8Array;

  /** `weights`: the arm's decision weights, which make its served score from its heads. */
  private readonly depths: ProbeDepths | undefined;

  constructor(
    numUsers: number,
    numItems: number,
    rng: Rng,
    weights: HeadWeights,
    depths?: ProbeDepths,
  ) {
    this.depths = depths;
    const count = Math.min(numUsers, relevanceProbeUsers);
    this.users = sampleWithoutReplacement(numUsers, count, rng).sort();
    this.numItems = numItems;
    this.weights = weights;
    this.itemsPerUser = Math.min(numItems, relevanceProbeItemsPerUser);
    this.items = new Int32Array(count * this.itemsPerUser);
    for (let row = 0; row < count; row++) {
      const items =
        this.itemsPerUser === numItems
          ? Int32Array.from({ length: numItems }, (_, i) => i)
          : sampleWithoutReplacement(numItems, this.itemsPerUser, rng).sort();
      this.items.set(items, row * this.itemsPerUser);
    }
    const pairs = this.items.length;
    this.interest = new Float64Array(pairs);
    this.gains = new Float64Array(pairs);
    this.clickIfExamined = new Float64Array(pairs);
    this.scores = new Float32Array(pairs);
    this.clickScores = new Float32Array(pairs);
    this.marked = new Uint8Array(pairs);
  }

  measure(model: ScoringModel, catalogue: ItemBatch, world: Readonly<World>): RelevanceProbeResult {
    const none = {
      relevanceAucPerUser: Number.NaN,
      ndcgAt10: Number.NaN,
      examinedClickAuc: Number.NaN,
      atDepths: {},
    };
    if (this.users.length === 0) return none;
    if (catalogue.numItems !== this.numItems) {
      throw new Error(
        `RelevanceProbe: the catalogue has ${catalogue.numItems} items, the probe was drawn for ${this.numItems}`,
      );
    }
    const cells = this.users.length * this.numItems;
    const heads = model.predict(this.users, catalogue, this.scoreBuffers.for(model.heads, cells));
    if (this.served === undefined || this.served.length < cells)
      this.served = new Float32Array(cells);
    const allServed = combineHeads(heads, this.weights, this.served);
    const allClicks = heads.click;
    const { interest, gains, clickIfExamined, scores, clickScores, marked, itemsPerUser } = this;
    const terms = itemTerms(world);
    for (let row = 0; row < this.users.length; row++) {
      const user = this.users[row]!;
      for (let slot = 0; slot < itemsPerUser; slot++) {
        const pair = row * itemsPerUser + slot;
        const item = this.items[pair]!;
        const rel = trueRelevance(world, user, item);
        interest[pair] = rel;
        clickIfExamined[pair] = clickProbability(world, terms, user, item, rel);
        scores[pair] = allServed[row * this.numItems + item]!;
        marked[pair] = world.items.marked[item]!;
        if (allClicks !== undefined) clickScores[pair] = allClicks[row * this.numItems + item]!;
      }
    }
    rescalePerUser(interest, gains, itemsPerUser);
    const atDepths: Record<string, number> = {};
    for (const k of this.depths?.depths ?? []) {
      atDepths[`ndcgAt${k}`] = ndcgAtK(scores, gains, itemsPerUser, k).mean;
      const relevant = this.depths?.relevant ?? k;
      atDepths[`recallAt${k}`] = recallAtK(scores, interest, itemsPerUser, k, relevant).mean;
    }
    const markerOn = world.config.purchase.markerShare > 0;
    return {
      atDepths,
      ...(markerOn
        ? { markerRankLift: featureRankLift(scores, interest, marked, itemsPerUser).mean }
        : {}),
      relevanceAucPerUser: perUserAuc(scores, interest, itemsPerUser).mean,
      ndcgAt10: ndcgAtK(scores, gains, itemsPerUser, probeNdcgDepth).mean,
      examinedClickAuc:
        allClicks === undefined
          ? Number.NaN
          : perUserAuc(clickScores, clickIfExamined, itemsPerUser).mean,
    };
  }
}

/**
 * nDCG's gain: each user's true relevance rescaled to [0, 1] over the user's probe items (the
 * least relevant gains 0, the most relevant 1). Relevance can be negative and nDCG needs
 * non-negative gains; rescaling within the user, rather than clipping at 0, leaves the figure
 * untouched by any per-user shift or scale of the truth, as the per-user AUC is, so the two
 * judge the same thing: each user's own order. A user whose items are all equally relevant
 * gets gains 0 and is left out.
 */
function rescalePerUser(truth: Float64Array, out: Float64Array, rowLength: number): void {
  for (let offset = 0; offset < truth.length; offset += rowLength) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let j = offset; j < offset + rowLength; j++) {
      const value = truth[j]!;
      if (value < min) min = value;
      if (value > max) max = value;
    }
    const range = max - min;
    for (let j = offset; j < offset + rowLength; j++)
      out[j] = range > 0 ? (truth[j]! - min) / range : 0;
  }
}

import { type ItemTerms, itemTerms } from '../actors/response-model';
import { userTraits } from '../actors/users';
import type { World } from '../world/world';

/**
 * The true score P(click | examined) * E[utility | click] of every item for one user at a time,
 * laid out for speed, with the same arithmetic (and so the same Float32 values, bit for bit)
 * as `scoreItemsForUser`:
 *
 * - relevance is accumulated topic dimension by topic dimension over a dimension-major copy of
 *   the item topics (long, simple loops instead of a short dot product per pair);
 * - `topK` never calls `exp` for an item that cannot enter the slate: once k items are kept
 *   and the k-th best score t is >= 0, an item whose E[utility | click] u is <= t scores
 *   u * sigmoid(.) <= t and is skipped; with relevance within 1 of the item's appeal, an
 *   item whose utility bound is <= t is skipped before its relevance is even computed.
 *
 * Built once per call on the live world (items change between rounds); not thread-safe.
 */
export class TrueScoreKernel {
  private readonly world: World;
  private readonly terms: ItemTerms;
  private readonly numItems: number;
  private readonly topicsByDim: Float64Array;
  private readonly rel: Float64Array;
  /** Upper bound on E[utility | click] over all users: utilityBase + uRel·appeal + |uRel|. */
  private readonly utilityBound: Float64Array;
  private readonly bestScore: Float64Array;
  private readonly bestIndex: Int32Array;

  constructor(world: World, maxK = 0) {
    this.world = world;
    this.terms = itemTerms(world);
    const n = world.items.count;
    const dim = world.topicDim;
    this.numItems = n;
    this.topicsByDim = new Float64Array(dim * n);
    const topics = world.items.topics;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < dim; j++) this.topicsByDim[j * n + i] = topics[i * dim + j]!;
    }
    this.rel = new Float64Array(n);
    // Unit vectors in Float32 can have a dot product a hair above 1: widen the bound.
    const reach = Math.abs(world.config.utility.relevance) * (1 + 1e-5);
    this.utilityBound = new Float64Array(n);
    const uRel = world.config.utility.relevance;
    const appeal = world.items.appeal;
    for (let i = 0; i < n; i++)
      this.utilityBound[i] = this.terms.utilityBase[i]! + uRel * appeal[i]! + reach;
    this.bestScore = new Float64Array(maxK);
    this.bestIndex = new Int32Array(maxK);
  }

  /** Writes the true score of every item for user `u` to out[offset + i]. */
  scoreUser(u: number, out: Float32Array, offset: number): void {
    const n = this.numItems;
    const rel = this.relevanceOf(u);
    const { clickBase, clickBait, clickAlign, utilityBase } = this.terms;
    const { users, config } = this.world;
    const wRel = config.click.relevance;
    const uRel = config.utility.relevance;
    const { susceptibility, opinion } = userTraits(users, u);
    for (let i = 0; i < n; i++) {
      const r = rel[i]!;
      const logit =
        clickBase[i]! + wRel * r + susceptibility * clickBait[i]! + opinion * clickAlign[i]!;
      out[offset + i] = (utilityBase[i]! + uRel * r) / (1 + Math.exp(-logit));
    }
  }

  /**
   * The k items of highest true score for user `u`, best first, written to out[outOffset ..];
   * the same items, in the same order, as a full scoring followed by `topKInto` (ties to the
   * lower index). k must be at most the `maxK` the kernel was built with. With `outScores`,
   * their Float32-rounded scores go there too.
   */
  topK(
    u: number,
    k: number,
    out: Int32Array,
    outOffset: number,
    outScores?: Float64Array,
    scoresOffset = 0,
  ): void {
    const n = this.numItems;
    const { bestScore, bestIndex, utilityBound } = this;
    const { clickBase, clickBait, clickAlign, utilityBase } = this.terms;
    const { users, config } = this.world;
    const wRel = config.click.relevance;
    const uRel = config.utility.relevance;
    const { susceptibility, opinion } = userTraits(users, u);
    bestScore.fill(Number.NEGATIVE_INFINITY, 0, k);
    bestIndex.fill(-1, 0, k);
    // The k-th best score once k are kept and it is >= 0; until then -inf (nothing is pruned).
    let floor = Number.NEGATIVE_INFINITY;
    const rel = this.relevanceOf(u);
    for (let i = 0; i < n; i++) {
      if (utilityBound[i]! <= floor) continue;
      const r = rel[i]!;
      const utility = utilityBase[i]! + uRel * r;
      if (utility <= floor) continue;
      const logit =
        clickBase[i]! + wRel * r + susceptibility * clickBait[i]! + opinion * clickAlign[i]!;
      // Rounded as the Float32 score matrix would hold it, so ranks match bit for bit.
      const s = Math.fround(utility / (1 + Math.exp(-logit)));
      if (bestIndex[k - 1] !== -1 && s <= bestScore[k - 1]!) continue;
      let p = k - 1;
      while (p > 0 && (bestIndex[p - 1] === -1 || s > bestScore[p - 1]!)) {
        bestScore[p] = bestScore[p - 1]!;
        bestIndex[p] = bestIndex[p - 1]!;
        p--;
      }
      bestScore[p] = s;
      bestIndex[p] = i;
      if (bestIndex[k - 1] !== -1 && bestScore[k - 1]! >= 0) floor = bestScore[k - 1]!;
    }
    for (let j = 0; j < k; j++) out[outOffset + j] = bestIndex[j]!;
    if (outScores !== undefined) {
      for (let j = 0; j < k; j++) outScores[scoresOffset + j] = bestScore[j]!;
    }
  }

  /**
   * The true scores of the items list[start .. end) for user `u`, rounded to Float32 as
   * `topK` compares them, written to out[0 .. end - start); -Infinity, without computing it,
   * for an item whose E[utility | click] (which bounds the score when positive) is below
   * `skipBelow`. Give skipBelow a margin of a few Float32 steps under the score to beat, so
   * that rounding cannot lift a skipped item up to a tie with it.
   */
  scoreList(
    u: number,
    list: Int32Array,
    start: number,
    end: number,
    skipBelow: number,
    out: Float64Array,
  ): void {
    const { users, items, config, topicDim: dim } = this.world;
    const { clickBase, clickBait, clickAlign, utilityBase } = this.terms;
    const { utilityBound } = this;
    const prefs = users.preferences;
    const topics = items.topics;
    const po = u * dim;
    const wRel = config.click.relevance;
    const uRel = config.utility.relevance;
    const { susceptibility, opinion } = userTraits(users, u);
    for (let c = start; c < end; c++) {
      const i = list[c]!;
      if (utilityBound[i]! < skipBelow) {
        out[c - start] = Number.NEGATIVE_INFINITY;
        continue;
      }
      let r = 0;
      const io = i * dim;
      for (let j = 0; j < dim; j++) r += prefs[po + j]! * topics[io + j]!;
      r += items.appeal[i]!;
      const utility = utilityBase[i]! + uRel * r;
      if (utility < skipBelow) {
        out[c - start] = Number.NEGATIVE_INFINITY;
        continue;
      }
      const logit =
        clickBase[i]! + wRel * r + susceptibility * clickBait[i]! + opinion * clickAlign[i]!;
      out[c - start] = Math.fround(utility / (1 + Math.exp(-logit)));
    }
  }

  /** Relevance of every item for user `u`, summed over dimensions in order as `dotRows` does, plus appeal. */
  private relevanceOf(u: number): Float64Array {
    const n = this.numItems;
    const dim = this.world.topicDim;
    const prefs = this.world.users.preferences;
    const { rel, topicsByDim } = this;
    const po = u * dim;
    rel.fill(0);
    let j = 0;
    // Four dimensions per pass keep the running sum in a register; the additions still happen
    // in dimension order, so every sum is bit-identical to the plain dot product.
    for (; j + 4 <= dim; j += 4) {
      const p0 = prefs[po + j]!;
      const p1 = prefs[po + j + 1]!;
      const p2 = prefs[po + j + 2]!;
      const p3 = prefs[po + j + 3]!;
      const o0 = j * n;
      const o1 = o0 + n;
      const o2 = o1 + n;
      const o3 = o2 + n;
      for (let i = 0; i < n; i++) {
        let s = rel[i]!;
        s += p0 * topicsByDim[o0 + i]!;
        s += p1 * topicsByDim[o1 + i]!;
        s += p2 * topicsByDim[o2 + i]!;
        s += p3 * topicsByDim[o3 + i]!;
        rel[i] = s;
      }
    }
    for (; j < dim; j++) {
      const p = prefs[po + j]!;
      const o = j * n;
      for (let i = 0; i < n; i++) rel[i]! += p * topicsByDim[o + i]!;
    }
    // Appeal after the whole dot product, as `trueRelevance` adds it.
    const appeal = this.world.items.appeal;
    for (let i = 0; i < n; i++) rel[i]! += appeal[i]!;
    return rel;
  }
}

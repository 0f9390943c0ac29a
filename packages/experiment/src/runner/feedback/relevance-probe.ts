import { HeadScoreBuffers, type ItemBatch, type ScoringModel } from '@goodhart/core';
import { auc } from '@goodhart/metrics';
import { type Rng, sampleWithoutReplacement } from '@goodhart/random';
import { clickProbability, itemTerms, relevance, type World } from '@goodhart/sim';

/** Users the probe follows: 200, drawn once per run. */
export const relevanceProbeUsers = 200;

/**
 * Items the probe judges per user: every item up to 500 (so 200 × 500 pairs in the default
 * world), else a fixed random 500 of them. A hundred thousand pairs pin an AUC down to well
 * under a hundredth; a million (200 users × 5,000 items) cost 0.45 s a round and told no more.
 */
export const relevanceProbeItemsPerUser = 500;

/** What the probe measured this round (NaN for a model without a click head). */
export interface RelevanceProbeResult {
  /** AUC of the click score against "more relevant than the median pair" (topic match). */
  relevanceAuc: number;
  /** AUC of the click score against "P(click | examined) above the median pair". */
  examinedClickAuc: number;
}

/**
 * What the click head has learnt, judged on a fixed random set of user-item pairs rather than
 * on the items the model chose to show (all of which it already scores highly, so they say
 * little). Two truths: the user's interest in the item (sim's relevance, the cosine of
 * preference and topic), and the probability of a click once the item is examined, which
 * adds clickbait and polarity to interest and leaves position out: the quantity a click model
 * corrected for position bias estimates. The pairs are drawn once per run; items are slots of
 * the catalogue, so a replaced item's slot is judged with its new occupant.
 */
export class RelevanceProbe {
  readonly users: Int32Array;
  /** Per user, the items judged (users.length × itemsPerUser, each row ascending). */
  readonly items: Int32Array;
  readonly itemsPerUser: number;
  private readonly numItems: number;
  private readonly scoreBuffers = new HeadScoreBuffers();
  private readonly interest: Float64Array;
  private readonly clickIfExamined: Float64Array;
  private readonly scores: Float32Array;

  constructor(numUsers: number, numItems: number, rng: Rng) {
    const count = Math.min(numUsers, relevanceProbeUsers);
    this.users = sampleWithoutReplacement(numUsers, count, rng).sort();
    this.numItems = numItems;
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
    this.clickIfExamined = new Float64Array(pairs);
    this.scores = new Float32Array(pairs);
  }

  measure(model: ScoringModel, catalogue: ItemBatch, world: Readonly<World>): RelevanceProbeResult {
    const none = { relevanceAuc: Number.NaN, examinedClickAuc: Number.NaN };
    if (!model.heads.includes('click') || this.users.length === 0) return none;
    if (catalogue.numItems !== this.numItems) {
      throw new Error(
        `RelevanceProbe: the catalogue has ${catalogue.numItems} items, the probe was drawn for ${this.numItems}`,
      );
    }
    const into = this.scoreBuffers.for(['click'], this.users.length * this.numItems);
    const allScores = model.predict(this.users, catalogue, into).click;
    if (allScores === undefined) return none;
    const { interest, clickIfExamined, scores, itemsPerUser } = this;
    const terms = itemTerms(world);
    for (let row = 0; row < this.users.length; row++) {
      const user = this.users[row];
      for (let slot = 0; slot < itemsPerUser; slot++) {
        const pair = row * itemsPerUser + slot;
        const item = this.items[pair];
        const rel = relevance(world, user, item);
        interest[pair] = rel;
        clickIfExamined[pair] = clickProbability(world, terms, user, item, rel);
        scores[pair] = allScores[row * this.numItems + item];
      }
    }
    return {
      relevanceAuc: auc(scores, aboveMedian(interest)),
      examinedClickAuc: auc(scores, aboveMedian(clickIfExamined)),
    };
  }
}

function aboveMedian(values: Float64Array): Uint8Array {
  const median = medianOf(values);
  const above = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) above[i] = values[i] > median ? 1 : 0;
  return above;
}

/**
 * The median exactly as a full sort would give it, by selection: sorting a million entries
 * twice a round cost most of a second. NaN (sorted last) falls back to the sort.
 */
function medianOf(values: Float64Array): number {
  const n = values.length;
  if (n === 0 || values.some(Number.isNaN)) {
    const sorted = values.slice().sort();
    const mid = n >> 1;
    return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
  const copy = values.slice();
  const middle = n >> 1;
  const upper = select(copy, middle);
  if (n % 2 === 1) return upper;
  // After selecting `middle`, everything left of it is ≤ it: the lower middle is their max.
  let lower = copy[0];
  for (let i = 1; i < middle; i++) if (copy[i] > lower) lower = copy[i];
  return (lower + upper) / 2;
}

/** Hoare quickselect: puts the k-th smallest at a[k], smaller ones before, larger after. */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (left < right) {
    const pivot = a[(left + right) >> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k];
}

import type { ItemBatch, ScoringModel } from '@goodhart/core';
import { auc } from '@goodhart/metrics';
import { type Rng, sampleWithoutReplacement } from '@goodhart/random';
import { clickProbability, itemTerms, relevance, type World } from '@goodhart/sim';

/** Users whose every item the probe scores each round: 200 × 500 pairs in the default world. */
export const relevanceProbeUsers = 200;

/** What the probe measured this round (NaN for a model without a click head). */
export interface RelevanceProbeResult {
  /** AUC of the click score against "more relevant than the median pair" (topic match). */
  relevanceAuc: number;
  /** AUC of the click score against "P(click | examined) above the median pair". */
  examinedClickAuc: number;
}

/**
 * What the click head has learnt, judged on every item of a fixed random set of users rather
 * than on the items the model chose to show (all of which it already scores highly, so they
 * say little). Two truths: the user's interest in the item (sim's relevance, the cosine of
 * preference and topic), and the probability of a click once the item is examined, which
 * adds clickbait and polarity to interest and leaves position out: the quantity a click model
 * corrected for position bias estimates. The users are drawn once per run.
 */
export class RelevanceProbe {
  readonly users: Int32Array;

  constructor(numUsers: number, rng: Rng) {
    const count = Math.min(numUsers, relevanceProbeUsers);
    this.users = sampleWithoutReplacement(numUsers, count, rng).sort();
  }

  measure(model: ScoringModel, catalogue: ItemBatch, world: Readonly<World>): RelevanceProbeResult {
    const none = { relevanceAuc: Number.NaN, examinedClickAuc: Number.NaN };
    if (!model.heads.includes('click') || this.users.length === 0) return none;
    const scores = model.predict(this.users, catalogue).click;
    if (scores === undefined) return none;
    const numItems = catalogue.numItems;
    const interest = new Float64Array(this.users.length * numItems);
    const clickIfExamined = new Float64Array(this.users.length * numItems);
    const terms = itemTerms(world);
    for (let row = 0; row < this.users.length; row++) {
      const user = this.users[row];
      for (let i = 0; i < numItems; i++) {
        const rel = relevance(world, user, i);
        interest[row * numItems + i] = rel;
        clickIfExamined[row * numItems + i] = clickProbability(world, terms, user, i, rel);
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

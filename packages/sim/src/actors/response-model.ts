import { checkedRow, entryAt } from '../internal/entry-at';
import { dotRows, sigmoid } from '../world/vectors';
import type { World } from '../world/world';
import { userTraits } from './users';

/**
 * How a user responds to one item: the maths shared by the simulated sessions, the true scores
 * and the oracle, so all three agree exactly. Item-only parts are computed once per call site
 * (`itemTerms`) because they are reused for every user.
 */
export interface ItemTerms {
  /** click intercept + polarity weight * |polarity| + misinformation click effect */
  clickBase: Float64Array;
  /** clickbait weight * clickbait (multiplied by the user's susceptibility) */
  clickBait: Float64Array;
  /** opinion-alignment weight * polarity (multiplied by the user's opinion) */
  clickAlign: Float64Array;
  /** utility intercept + quality weight * quality - clickbait weight * clickbait - misinformation penalty */
  utilityBase: Float64Array;
}

export function itemTerms(world: World): ItemTerms {
  const { items, config } = world;
  const n = items.count;
  const terms: ItemTerms = {
    clickBase: new Float64Array(n),
    clickBait: new Float64Array(n),
    clickAlign: new Float64Array(n),
    utilityBase: new Float64Array(n),
  };
  const c = config.click;
  const v = config.utility;
  for (let i = 0; i < n; i++) {
    const polarity = items.polarity[i]!;
    const misinformation = items.misinformation[i]!;
    const clickbait = items.clickbait[i]!;
    terms.clickBase[i] =
      c.intercept +
      c.polarity * Math.abs(polarity) +
      config.misinformationEngagement.click * misinformation;
    terms.clickBait[i] = c.clickbait * clickbait;
    terms.clickAlign[i] = c.opinionAlignment * polarity;
    terms.utilityBase[i] =
      v.intercept +
      v.quality * items.quality[i]! -
      v.clickbait * clickbait -
      v.misinformationPenalty * misinformation;
  }
  return terms;
}

/** Examination probability of each 0-based position: 1 / (1 + k)^eta. */
export function examinationProbabilities(slateSize: number, eta: number): Float64Array {
  const out = new Float64Array(slateSize);
  for (let k = 0; k < slateSize; k++) out[k] = 1 / (1 + k) ** eta;
  return out;
}

/**
 * The true relevance of item `i` to user `u`: the cosine of the user's preference and the
 * item's topic (both unit vectors: taste) plus the item's broad appeal (the same for every
 * user). It raises both clicks and the utility of a click; the one definition every consumer
 * (sessions, true scores, the oracle, learnability probes) uses.
 */
export function trueRelevance(world: World, u: number, i: number): number {
  const { users, items, topicDim } = world;
  const user = checkedRow(u, users.count, 'user');
  const item = checkedRow(i, items.count, 'item');
  return dotRows(users.preferences, user, items.topics, item, topicDim) + items.appeal[item]!;
}

/** P(click | examined): rises with relevance and with clickbait; blind to quality. */
export function clickProbability(
  world: World,
  terms: ItemTerms,
  u: number,
  i: number,
  rel: number,
): number {
  const { users, config } = world;
  return sigmoid(
    entryAt(terms.clickBase, i, 'item') +
      config.click.relevance * rel +
      entryAt(users.susceptibility, u, 'user') * terms.clickBait[i]! +
      entryAt(users.opinion, u, 'user') * terms.clickAlign[i]!,
  );
}

/** E[utility | click]: rises with relevance and quality, falls with clickbait. */
export function meanClickUtility(world: World, terms: ItemTerms, i: number, rel: number): number {
  return entryAt(terms.utilityBase, i, 'item') + world.config.utility.relevance * rel;
}

/**
 * Expected realised utility of every item for user `u` if examined:
 * P(click | examined) * E[utility | click], written to out[offset + i].
 */
export function scoreItemsForUser(
  world: World,
  terms: ItemTerms,
  u: number,
  out: Float32Array,
  offset: number,
): void {
  const { users, items, config, topicDim: dim } = world;
  const prefs = users.preferences;
  const topics = items.topics;
  const appeal = items.appeal;
  const { clickBase, clickBait, clickAlign, utilityBase } = terms;
  const po = u * dim;
  const wRel = config.click.relevance;
  const uRel = config.utility.relevance;
  const { susceptibility, opinion } = userTraits(users, u);
  const n = items.count;
  for (let i = 0, io = 0; i < n; i++, io += dim) {
    let rel = 0;
    for (let j = 0; j < dim; j++) rel += prefs[po + j]! * topics[io + j]!;
    rel += appeal[i]!;
    const logit =
      clickBase[i]! + wRel * rel + susceptibility * clickBait[i]! + opinion * clickAlign[i]!;
    out[offset + i] = (utilityBase[i]! + uRel * rel) / (1 + Math.exp(-logit));
  }
}

import type { Rng } from '@goodhart/random';
import type { WorldConfig } from '../config/world-config';
import { checkedRow, entryAt } from '../internal/entry-at';
import { clamp, normaliseRow } from '../world/vectors';
import type { CreatorTable, ItemTable } from '../world/world';

/** The starting catalogue: item i belongs to creator i mod numCreators, so every creator has one. */
export function createItems(config: WorldConfig, creators: CreatorTable, rng: Rng): ItemTable {
  const n = config.numItems;
  const items: ItemTable = {
    count: n,
    topics: new Float32Array(n * config.topicDim),
    quality: new Float32Array(n),
    clickbait: new Float32Array(n),
    headline: new Float32Array(n),
    duration: new Float32Array(n),
    polarity: new Float32Array(n),
    misinformation: new Uint8Array(n),
    creator: new Int32Array(n),
    createdRound: new Int32Array(n),
    appeal: new Float32Array(n),
    marked: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) drawItem(items, i, i % creators.count, creators, config, 0, rng);
  return items;
}

/**
 * Writes a fresh item from `creator` into `slot`, made with the creator's current effort: its
 * quality is what the quality share of the effort buys, its clickbait what the rest buys.
 */
export function drawItem(
  items: ItemTable,
  slot: number,
  creator: number,
  creators: CreatorTable,
  config: WorldConfig,
  round: number,
  rng: Rng,
): void {
  const dim = config.topicDim;
  const p = config.items;
  const co = checkedRow(creator, creators.count, 'creator') * dim;
  // Noise of expected length topicNoise around the creator's unit topic.
  const spread = p.topicNoise / Math.sqrt(dim);
  for (let j = 0; j < dim; j++) {
    items.topics[slot * dim + j] = creators.topics[co + j]! + spread * rng.normal();
  }
  normaliseRow(items.topics, slot, dim);
  const effort = creators.clickbaitEffort[creator]!;
  const skill = creators.qualitySkill[creator]!;
  const clickbait = clamp(effort + p.clickbaitNoise * rng.normal(), 0, 1);
  items.quality[slot] = clamp(skill * (1 - effort) + p.qualityNoise * rng.normal(), 0, 1);
  items.clickbait[slot] = clickbait;
  items.headline[slot] = clickbait + p.headlineNoise * rng.normal();
  items.duration[slot] = Math.exp(p.durationLogMean + p.durationLogSd * rng.normal());
  items.polarity[slot] = clamp(creators.lean[creator]! + p.polarityNoise * rng.normal(), -1, 1);
  const pMisinformation = clamp(
    p.misinformationBase + p.misinformationPerClickbait * clickbait,
    0,
    1,
  );
  items.misinformation[slot] = rng.next() < pMisinformation ? 1 : 0;
  items.creator[slot] = creator;
  items.createdRound[slot] = round;
  // Drawn last and only when on, so a world without it keeps every other draw it had.
  items.appeal[slot] = p.appealSpread > 0 ? p.appealSpread * rng.normal() : 0;
  // Likewise the marker (config.purchase): drawn after everything else, only when on.
  const { markerShare } = config.purchase;
  items.marked[slot] = markerShare > 0 && rng.next() < markerShare ? 1 : 0;
}

/** Replaces the items in `slots` (sorted, distinct) with fresh ones from their owners. */
export function redrawItems(
  items: ItemTable,
  slots: Int32Array,
  creators: CreatorTable,
  config: WorldConfig,
  round: number,
  rng: Rng,
): void {
  for (const slot of slots) {
    drawItem(items, slot, entryAt(items.creator, slot, 'slot'), creators, config, round, rng);
  }
}

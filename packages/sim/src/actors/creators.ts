import { beta, type Rng } from '@goodhart/random';
import type { WorldConfig } from '../config/world-config';
import { checkedRow, entryAt } from '../internal/entry-at';
import { clamp } from '../world/vectors';
import type { CreatorTable } from '../world/world';
import { drawAroundCommunity } from './communities';

export function createCreators(
  config: WorldConfig,
  communityCentres: Float32Array,
  rng: Rng,
): CreatorTable {
  const n = config.numCreators;
  const creators: CreatorTable = {
    count: n,
    topics: new Float32Array(n * config.topicDim),
    clickbaitEffort: new Float32Array(n),
    qualitySkill: new Float32Array(n),
    lean: new Float32Array(n),
    roundsWithoutExposure: new Int32Array(n),
    entryRound: new Int32Array(n),
  };
  const { effortAlpha, effortBeta } = config.creators;
  for (let c = 0; c < n; c++) {
    drawCreator(creators, c, config, communityCentres, 0, rng);
    creators.clickbaitEffort[c] = beta(effortAlpha, effortBeta, rng);
  }
  return creators;
}

/**
 * A creator (a starter or a newcomer) in `slot`: home topic, skill, lean, and a clickbait effort
 * drawn uniformly (newcomers know nothing of the market yet; starters overwrite it). With
 * communities, the slot's community is slot mod count (so communities keep their share of
 * creators as creators come and go) and the home topic is drawn around its centre.
 */
export function drawCreator(
  creators: CreatorTable,
  slot: number,
  config: WorldConfig,
  communityCentres: Float32Array,
  round: number,
  rng: Rng,
): void {
  const { skillMin, skillMax, leanSpread } = config.creators;
  const { count, creatorSpread } = config.communities;
  const community = count > 0 ? slot % count : -1;
  drawAroundCommunity(
    creators.topics,
    slot,
    communityCentres,
    community,
    creatorSpread,
    config.topicDim,
    rng,
  );
  creators.qualitySkill[slot] = skillMin + (skillMax - skillMin) * rng.next();
  creators.lean[slot] = clamp(leanSpread * rng.normal(), -1, 1);
  creators.clickbaitEffort[slot] = rng.next();
  creators.roundsWithoutExposure[slot] = 0;
  creators.entryRound[slot] = round;
}

/** Sum of a per-item quantity over each creator's items. */
export function totalByCreator(
  perItem: Int32Array,
  itemCreator: Int32Array,
  numCreators: number,
): Int32Array {
  const out = new Int32Array(numCreators);
  for (let i = 0; i < perItem.length; i++) {
    const creator = checkedRow(entryAt(itemCreator, i, 'item'), numCreators, 'creator');
    out[creator]! += perItem[i]!;
  }
  return out;
}

import { type Rng, sampleWithoutReplacement } from '@goodhart/random';
import type { WorldConfig } from '../config/world-config';
import type { World } from '../world/world';
import { adaptCreators } from './creator-adaptation';
import { drawCreator, totalByCreator } from './creators';
import { redrawItems } from './items';

/**
 * The supply side between rounds: creators adapt to last round's rewards, creators nobody saw
 * for too long leave (a newcomer takes over their items), and a share of the catalogue is
 * replaced by fresh items made with the creators' new efforts. Returns the replaced item ids,
 * sorted. `impressions` and `clicks` are per item for the round just played.
 */
export function evolveSupply(
  world: World,
  impressions: Int32Array,
  clicks: Int32Array,
  nextRound: number,
  rng: Rng,
): Int32Array {
  const { config, items, creators } = world;
  const reward = config.creatorAdaptation.reward === 'clicks' ? clicks : impressions;
  adaptCreators(creators, items, reward, config, rng);

  const replaced = new Uint8Array(items.count);
  if (config.creatorEntryExit.enabled) {
    const shown = totalByCreator(impressions, items.creator, creators.count);
    const leaving = new Uint8Array(creators.count);
    for (let c = 0; c < creators.count; c++) {
      const idle = shown[c]! > 0 ? 0 : creators.roundsWithoutExposure[c]! + 1;
      creators.roundsWithoutExposure[c] = idle;
      if (idle >= config.creatorEntryExit.patience) {
        drawCreator(creators, c, config, world.communityCentres, nextRound, rng);
        leaving[c] = 1;
      }
    }
    // totalByCreator has checked every item's creator.
    for (let i = 0; i < items.count; i++) if (leaving[items.creator[i]!] === 1) replaced[i] = 1;
  }
  const turnover = turnoverCount(config);
  for (const i of sampleWithoutReplacement(items.count, turnover, rng)) replaced[i] = 1;

  const slots = indicesOf(replaced);
  redrawItems(items, slots, creators, config, nextRound, rng);
  return slots;
}

function turnoverCount(config: WorldConfig): number {
  return Math.round(config.itemTurnover * config.numItems);
}

function indicesOf(flags: Uint8Array): Int32Array {
  let n = 0;
  for (const flag of flags) n += flag;
  const out = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < flags.length; i++) if (flags[i] === 1) out[k++] = i;
  return out;
}

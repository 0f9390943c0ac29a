import type { Rng } from '@goodhart/random';
import type { WorldConfig } from '../config/world-config';
import { entryAt } from '../internal/entry-at';
import { clamp } from '../world/vectors';
import type { CreatorTable, ItemTable } from '../world/world';
import { marketSignal, rewardByClickbaitBand } from './market-signal';

const BEST_RESPONSE_BANDS = 5;
const BEST_RESPONSE_MIN_ITEMS = 3;
// Multiplicative weights never reach 0 or 1 exactly, or a creator could never come back.
const MW_FLOOR = 1e-3;

/**
 * Moves every creator's clickbait effort toward what earned exposure (or clicks) last round.
 * Effort e buys clickbait e and quality skill*(1 - e), so the market's relative reward per unit
 * of effort is perClickbait for bait and skill*perQuality for quality. Payoffs pass through
 * tanh: a creator reads the direction and rough strength of the market, and `rate` is the
 * largest move per round (ranking concentrates exposure, so raw slopes can be huge).
 *  - gradient: e += rate * tanh(perClickbait - skill*perQuality)
 *  - multiplicative-weights: the bait and quality shares reweighted by exp(±rate/2 * tanh(same
 *    advantage)), i.e. the same step in log-odds: slow near 0 and 1, never quite reaching them
 *  - best-response: e moves a share `rate` toward the centre of the clickbait band whose items
 *    earned the most per item
 * Each creator also takes its own N(0, noise^2) step (exploration). `reward` is per item.
 */
export function adaptCreators(
  creators: CreatorTable,
  items: ItemTable,
  reward: Int32Array,
  config: WorldConfig,
  rng: Rng,
): void {
  const { rule, rate, noise } = config.creatorAdaptation;
  switch (rule) {
    case 'none':
      return;
    case 'gradient': {
      const m = marketSignal(items, reward);
      for (let c = 0; c < creators.count; c++) {
        const step = rate * Math.tanh(m.perClickbait - creators.qualitySkill[c]! * m.perQuality);
        nudge(creators, c, step + noise * rng.normal());
      }
      return;
    }
    case 'multiplicative-weights': {
      const m = marketSignal(items, reward);
      for (let c = 0; c < creators.count; c++) {
        const effort = creators.clickbaitEffort[c]!;
        const e = clamp(effort, MW_FLOOR, 1 - MW_FLOOR);
        const advantage = Math.tanh(m.perClickbait - creators.qualitySkill[c]! * m.perQuality);
        // Weights e and 1 - e scaled by exp(±rate * advantage / 2): a step in log-odds.
        const odds = (e / (1 - e)) * Math.exp(rate * advantage);
        nudge(creators, c, odds / (1 + odds) - effort + noise * rng.normal());
      }
      return;
    }
    case 'best-response': {
      const bands = rewardByClickbaitBand(
        items,
        reward,
        BEST_RESPONSE_BANDS,
        BEST_RESPONSE_MIN_ITEMS,
      );
      let best = -1;
      let bestReward = Number.NEGATIVE_INFINITY;
      for (const [b, bandReward] of bands.entries()) {
        if (!Number.isNaN(bandReward) && (best < 0 || bandReward > bestReward)) {
          best = b;
          bestReward = bandReward;
        }
      }
      for (let c = 0; c < creators.count; c++) {
        const e = creators.clickbaitEffort[c]!;
        const target = best < 0 ? e : (best + 0.5) / BEST_RESPONSE_BANDS;
        nudge(creators, c, rate * (target - e) + noise * rng.normal());
      }
      return;
    }
    default: {
      const unknown: never = rule;
      throw new Error(`unknown creator adaptation rule "${String(unknown)}"`);
    }
  }
}

function nudge(creators: CreatorTable, c: number, delta: number): void {
  creators.clickbaitEffort[c] = clamp(
    entryAt(creators.clickbaitEffort, c, 'creator') + delta,
    0,
    1,
  );
}

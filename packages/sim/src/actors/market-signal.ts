import type { ItemTable } from '../world/world';

/**
 * What a creator can read off the market: across the whole catalogue, how an item's reward
 * (impressions or clicks in the last round) moves with its clickbait and with its quality —
 * the coefficients of a least-squares fit reward ~ a + b_bait*clickbait + b_quality*quality,
 * each divided by the mean reward so the step size does not depend on traffic volume.
 */
export interface MarketSignal {
  /** Relative reward per unit of clickbait, quality held fixed. */
  perClickbait: number;
  /** Relative reward per unit of quality, clickbait held fixed. */
  perQuality: number;
  meanReward: number;
}

export function marketSignal(items: ItemTable, reward: Int32Array): MarketSignal {
  const n = items.count;
  checkRewardPerItem(items, reward);
  let mx = 0;
  let mq = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += items.clickbait[i]!;
    mq += items.quality[i]!;
    my += reward[i]!;
  }
  mx /= n;
  mq /= n;
  my /= n;
  if (my === 0) return { perClickbait: 0, perQuality: 0, meanReward: 0 };
  let sxx = 0;
  let sqq = 0;
  let sxq = 0;
  let sxy = 0;
  let sqy = 0;
  for (let i = 0; i < n; i++) {
    const x = items.clickbait[i]! - mx;
    const q = items.quality[i]! - mq;
    const y = reward[i]! - my;
    sxx += x * x;
    sqq += q * q;
    sxq += x * q;
    sxy += x * y;
    sqy += q * y;
  }
  const det = sxx * sqq - sxq * sxq;
  let bx = 0;
  let bq = 0;
  // Nearly collinear clickbait and quality (or no spread in one) leave only the simple slopes.
  if (det > 1e-9 * sxx * sqq && det > 0) {
    bx = (sxy * sqq - sqy * sxq) / det;
    bq = (sqy * sxx - sxy * sxq) / det;
  } else if (sxx > 0) {
    bx = sxy / sxx;
  } else if (sqq > 0) {
    bq = sqy / sqq;
  }
  return { perClickbait: bx / my, perQuality: bq / my, meanReward: my };
}

/**
 * Mean reward per item in each of `bins` equal-width bands of clickbait over [0, 1]; bands with
 * fewer than `minItems` items are NaN (too few to judge).
 */
export function rewardByClickbaitBand(
  items: ItemTable,
  reward: Int32Array,
  bins: number,
  minItems: number,
): Float64Array {
  const sums = new Float64Array(bins);
  const counts = new Int32Array(bins);
  checkRewardPerItem(items, reward);
  for (let i = 0; i < items.count; i++) {
    // Clickbait is in [0, 1], so b is one of the bins.
    const b = Math.min(bins - 1, Math.floor(items.clickbait[i]! * bins));
    sums[b]! += reward[i]!;
    counts[b]!++;
  }
  for (let b = 0; b < bins; b++) {
    const count = counts[b]!;
    sums[b] = count >= minItems ? sums[b]! / count : Number.NaN;
  }
  return sums;
}

function checkRewardPerItem(items: ItemTable, reward: Int32Array): void {
  if (reward.length < items.count) {
    throw new RangeError(`reward has ${reward.length} entries for ${items.count} items`);
  }
}

import {
  requireBinary,
  requireFinite,
  requireIds,
  requireNonEmpty,
  requireNonNegative,
  requirePositiveInteger,
  requireSameLength,
} from './internal/validate';
import { sumOf } from './internal/weighted-mean';

/** Clicks per impression, from one 0/1 flag per impression (`InteractionLog.clicked`). */
export function clickThroughRate(clicked: ArrayLike<number>): number {
  const metric = 'clickThroughRate';
  requireNonEmpty(metric, 'clicked', clicked);
  requireBinary(metric, 'clicked', clicked);
  let clicks = 0;
  for (let i = 0; i < clicked.length; i++) clicks += clicked[i]!;
  return clicks / clicked.length;
}

/** Number of clicks, from one 0/1 flag per impression. */
export function totalClicks(clicked: ArrayLike<number>): number {
  requireBinary('totalClicks', 'clicked', clicked);
  let clicks = 0;
  for (let i = 0; i < clicked.length; i++) clicks += clicked[i]!;
  return clicks;
}

/**
 * Click-through rate at each slate position (0 = top), the signature of position bias: a
 * ranker that learned position rather than relevance shows the same steep curve whatever it
 * ranks. Positions never shown get NaN.
 */
export function clickThroughRateByPosition(
  clicked: ArrayLike<number>,
  position: ArrayLike<number>,
  slateSize: number,
): Float64Array {
  const metric = 'clickThroughRateByPosition';
  requirePositiveInteger(metric, 'slateSize', slateSize);
  requireSameLength(metric, 'position', position, 'clicked', clicked);
  requireBinary(metric, 'clicked', clicked);
  requireIds(metric, 'position', position, slateSize, 'slateSize');
  const clicks = new Float64Array(slateSize);
  const shown = new Float64Array(slateSize);
  for (let i = 0; i < clicked.length; i++) {
    shown[position[i]!]! += 1;
    clicks[position[i]!]! += clicked[i]!;
  }
  for (let p = 0; p < slateSize; p++)
    clicks[p] = shown[p]! > 0 ? clicks[p]! / shown[p]! : Number.NaN;
  return clicks;
}

/**
 * Mean watch time per impression, or per selected impression when `mask` is given (e.g. the
 * clicked flags, for watch time per click). NaN when the mask selects nothing.
 */
export function meanWatchTime(watchTime: ArrayLike<number>, mask?: ArrayLike<number>): number {
  const metric = 'meanWatchTime';
  requireNonEmpty(metric, 'watchTime', watchTime);
  requireNonNegative(metric, 'watchTime', watchTime);
  if (mask === undefined) return sumOf(metric, 'watchTime', watchTime) / watchTime.length;
  requireSameLength(metric, 'mask', mask, 'watchTime', watchTime);
  requireBinary(metric, 'mask', mask);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < watchTime.length; i++) {
    if (mask[i] === 1) {
      sum += watchTime[i]!;
      count++;
    }
  }
  return count > 0 ? sum / count : Number.NaN;
}

/** Total watch time. */
export function totalWatchTime(watchTime: ArrayLike<number>): number {
  requireNonNegative('totalWatchTime', 'watchTime', watchTime);
  return sumOf('totalWatchTime', 'watchTime', watchTime);
}

/** Mean of a per-item value (e.g. duration) over the items shown, one entry per impression. */
export function meanOverShown(
  itemValues: ArrayLike<number>,
  shownItems: ArrayLike<number>,
): number {
  const metric = 'meanOverShown';
  requireNonEmpty(metric, 'shownItems', shownItems);
  requireFinite(metric, 'itemValues', itemValues);
  requireIds(metric, 'shownItems', shownItems, itemValues.length, 'itemValues.length');
  let sum = 0;
  for (let i = 0; i < shownItems.length; i++) sum += itemValues[shownItems[i]!]!;
  return sum / shownItems.length;
}

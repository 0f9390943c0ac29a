import type { Rng } from '@goodhart/random';
import type { TrainingData } from '../types';

/** One mini-batch of impressions, copied out of the logs into typed arrays. */
export interface RowBatch {
  size: number;
  user: Int32Array;
  item: Int32Array;
  position: Int32Array;
  clicked: Float32Array;
  /** What the click head learns: data.clickTarget where given, else the clicks. */
  clickLabel: Float32Array;
  /** The click head's row weights, when the logs carry them (data.clickWeight). */
  clickWeight: Float32Array | undefined;
  /** 1 where the user dismissed the item; all 0 when the logs carry no dismissals. */
  dismissed: Float32Array;
  watchTime: Float32Array;
  /** Satisfaction with NaN replaced by 0; see satisfactionObserved. */
  satisfaction: Float32Array;
  /** 1 where satisfaction was observed, else 0. */
  satisfactionObserved: Float32Array;
  propensity: Float32Array | undefined;
  /** Duration of each row's item, when the logs carry item durations. */
  duration: Float32Array | undefined;
}

/** Rows order[start..end) of the logs; positions past maxPositions - 1 share the last slot. */
export function takeRows(
  data: TrainingData,
  order: Int32Array,
  start: number,
  end: number,
  maxPositions: number,
): RowBatch {
  if (!(start >= 0 && start <= end && end <= order.length)) {
    throw new RangeError(
      `takeRows: rows ${start} to ${end} are not within order (${order.length})`,
    );
  }
  const size = end - start;
  const batch: RowBatch = {
    size,
    user: new Int32Array(size),
    item: new Int32Array(size),
    position: new Int32Array(size),
    clicked: new Float32Array(size),
    clickLabel: data.clickTarget === undefined ? new Float32Array(0) : new Float32Array(size),
    clickWeight: data.clickWeight === undefined ? undefined : new Float32Array(size),
    dismissed: new Float32Array(size),
    watchTime: new Float32Array(size),
    satisfaction: new Float32Array(size),
    satisfactionObserved: new Float32Array(size),
    propensity: data.propensity === undefined ? undefined : new Float32Array(size),
    duration: data.itemDuration === undefined ? undefined : new Float32Array(size),
  };
  for (let b = 0; b < size; b++) {
    // order holds rows of the checked logs (checkTrainingData): every array has row r.
    const r = order[start + b]!;
    const item = data.item[r]!;
    batch.user[b] = data.user[r]!;
    batch.item[b] = item;
    batch.position[b] = Math.min(data.position[r]!, maxPositions - 1);
    batch.clicked[b] = data.clicked[r]!;
    if (data.clickTarget !== undefined) batch.clickLabel[b] = data.clickTarget[r]!;
    if (batch.clickWeight !== undefined) batch.clickWeight[b] = data.clickWeight![r]!;
    if (data.dismissed !== undefined) batch.dismissed[b] = data.dismissed[r]!;
    batch.watchTime[b] = data.watchTime[r]!;
    const s = data.satisfaction[r]!;
    const observed = !Number.isNaN(s);
    batch.satisfaction[b] = observed ? s : 0;
    batch.satisfactionObserved[b] = observed ? 1 : 0;
    if (batch.propensity !== undefined) batch.propensity[b] = data.propensity![r]!;
    if (batch.duration !== undefined) batch.duration[b] = data.itemDuration![item]!;
  }
  if (data.clickTarget === undefined) batch.clickLabel = batch.clicked;
  return batch;
}

/**
 * Each reinforced row (its logged item first) with `negatives` items drawn uniformly:
 * [rows, 1 + negatives], and each row's reward: +1 for a click, −1 for a dismissal.
 */
export interface CandidateBatch {
  rows: number;
  width: number;
  user: Int32Array;
  item: Int32Array;
  reward: Float32Array;
}

/** Which logged rows get candidates: clicks (+1), dismissals (−1), or both. */
export type Reinforced = 'positive' | 'negative' | 'both';

/**
 * Candidates for the ranking losses, in batch order. With `positive` (the default, and all
 * bpr and sampled-softmax read) only clicked rows get them, and the draws are what they were
 * before dismissals existed.
 */
export function sampleCandidates(
  batch: RowBatch,
  negatives: number,
  numItems: number,
  rng: Rng,
  reinforced: Reinforced = 'positive',
): CandidateBatch {
  const usePositive = reinforced !== 'negative';
  const useNegative = reinforced !== 'positive';
  const rewardOf = (b: number): number =>
    usePositive && batch.clicked[b]! > 0 ? 1 : useNegative && batch.dismissed[b]! > 0 ? -1 : 0;
  let rows = 0;
  for (let b = 0; b < batch.size; b++) if (rewardOf(b) !== 0) rows++;
  const width = 1 + negatives;
  const user = new Int32Array(rows * width);
  const item = new Int32Array(rows * width);
  const reward = new Float32Array(rows);
  let row = 0;
  for (let b = 0; b < batch.size; b++) {
    const r = rewardOf(b);
    if (r === 0) continue;
    const offset = row * width;
    user.fill(batch.user[b]!, offset, offset + width);
    item[offset] = batch.item[b]!;
    reward[row] = r;
    for (let k = 1; k < width; k++) item[offset + k] = rng.int(numItems);
    row++;
  }
  return { rows, width, user, item, reward };
}

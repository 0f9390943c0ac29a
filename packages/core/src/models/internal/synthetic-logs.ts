import { createRng, type Rng } from '@goodhart/random';
import type { TrainingData } from '../types';

export interface SyntheticWorld {
  data: TrainingData;
  /** True P(click | examined) of every (user, item), numUsers × numItems. */
  relevance: Float32Array;
}

export interface SyntheticOptions {
  numUsers: number;
  numItems: number;
  featureDim: number;
  /** Impressions per user. */
  slatesPerUser: number;
  slateSize: number;
  seed: number;
  /** Examination probability of slot p is 1 / (1 + positionBias·p). */
  positionBias?: number;
}

function unitNormalRows(rng: Rng, rows: number, dim: number): Float32Array {
  const out = new Float32Array(rows * dim);
  for (let r = 0; r < rows; r++) {
    let norm = 0;
    for (let j = 0; j < dim; j++) {
      const v = rng.normal();
      out[r * dim + j] = v;
      norm += v * v;
    }
    for (let j = 0; j < dim; j++) out[r * dim + j]! /= Math.sqrt(norm) || 1;
  }
  return out;
}

/**
 * Logs from a small known world, for tests and benchmarks (not a simulator: see packages/sim).
 * Relevance is σ(3·⟨user, item⟩ − 1); a click needs examination (position-dependent) and
 * relevance; watch time is a relevance-dependent share of the item's duration; satisfaction
 * (1 if relevance > 0.5) is observed on a third of the clicks.
 */
export function syntheticLogs(options: SyntheticOptions): SyntheticWorld {
  const { numUsers, numItems, featureDim, slatesPerUser, slateSize, seed } = options;
  const positionBias = options.positionBias ?? 0.5;
  const rng = createRng(seed);
  const users = unitNormalRows(rng.fork(1), numUsers, featureDim);
  const itemFeatures = unitNormalRows(rng.fork(2), numItems, featureDim);
  const draw = rng.fork(3);
  const relevance = new Float32Array(numUsers * numItems);
  for (let u = 0; u < numUsers; u++) {
    for (let i = 0; i < numItems; i++) {
      let dot = 0;
      for (let j = 0; j < featureDim; j++)
        dot += users[u * featureDim + j]! * itemFeatures[i * featureDim + j]!;
      relevance[u * numItems + i] = 1 / (1 + Math.exp(-(3 * dot - 1)));
    }
  }
  const itemDuration = new Float32Array(numItems);
  for (let i = 0; i < numItems; i++) itemDuration[i] = 2 + 20 * draw.next();
  const n = numUsers * slatesPerUser * slateSize;
  const data: TrainingData = {
    user: new Int32Array(n),
    item: new Int32Array(n),
    position: new Int32Array(n),
    clicked: new Uint8Array(n),
    watchTime: new Float32Array(n),
    satisfaction: new Float32Array(n).fill(Number.NaN),
    propensity: new Float32Array(n),
    numUsers,
    numItems,
    itemFeatures,
    itemFeatureDim: featureDim,
    itemDuration,
  };
  let r = 0;
  for (let u = 0; u < numUsers; u++) {
    for (let s = 0; s < slatesPerUser * slateSize; s++, r++) {
      const item = draw.int(numItems);
      const position = s % slateSize;
      const examine = 1 / (1 + positionBias * position);
      const rel = relevance[u * numItems + item]!;
      const clicked = draw.next() < examine && draw.next() < rel;
      data.user[r] = u;
      data.item[r] = item;
      data.position[r] = position;
      data.propensity![r] = examine;
      data.clicked[r] = clicked ? 1 : 0;
      if (clicked) {
        data.watchTime[r] = itemDuration[item]! * rel;
        if (draw.next() < 1 / 3) data.satisfaction[r] = rel > 0.5 ? 1 : 0;
      }
    }
  }
  return { data, relevance };
}

/** Area under the ROC curve of `scores` for the labels `positive` (ties count half). */
export function auc(scores: ArrayLike<number>, positive: ArrayLike<boolean>): number {
  let pairs = 0;
  let wins = 0;
  for (let a = 0; a < scores.length; a++) {
    if (!positive[a]) continue;
    for (let b = 0; b < scores.length; b++) {
      if (positive[b]) continue;
      pairs++;
      if (scores[a]! > scores[b]!) wins++;
      else if (scores[a] === scores[b]) wins += 0.5;
    }
  }
  return pairs === 0 ? 0.5 : wins / pairs;
}

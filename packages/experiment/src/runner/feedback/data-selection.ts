import type { TrainingData } from '@goodhart/core';
import { type Rng, sampleWithoutReplacement } from '@goodhart/random';
import { itemTerms, meanClickUtility, trueRelevance, type World } from '@goodhart/sim';

/**
 * EL2N (Paul, Ganguli & Dziugaite 2021): the L2 norm of the error of a model's predicted class
 * probabilities against the one-hot label. For a click predicted with probability p that is
 * ‖(p, 1 − p) − (y, 1 − y)‖₂ = √2·|p − y|: small for a row the model already gets right (easy),
 * large for one it gets wrong (hard, or mislabelled).
 */
export function el2nScores(clicked: ArrayLike<number>, predicted: Float32Array): Float64Array {
  const out = new Float64Array(predicted.length);
  for (let r = 0; r < out.length; r++) out[r] = Math.SQRT2 * Math.abs(predicted[r]! - clicked[r]!);
  return out;
}

/** How many of n rows a prune of `fraction` removes: ⌊fraction · n⌋. */
export function prunedCount(n: number, fraction: number): number {
  return Math.floor(fraction * n);
}

/**
 * The rows kept when the ⌊fraction·n⌋ easiest (lowest-scoring) rows are removed, in their
 * original order; of rows with equal scores the earlier is removed first (a stable sort).
 */
export function keepHardest(scores: Float64Array, fraction: number): Int32Array {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, r) => r).sort(
    (a, b) => scores[a]! - scores[b]! || a - b,
  );
  const kept = order.slice(prunedCount(n, fraction));
  return Int32Array.from(kept.sort((a, b) => a - b));
}

/** The rows kept when ⌊fraction·n⌋ rows drawn uniformly at random are removed, in order. */
export function keepRandom(n: number, fraction: number, rng: Rng): Int32Array {
  const kept = sampleWithoutReplacement(n, n - prunedCount(n, fraction), rng);
  return Int32Array.from(kept).sort();
}

/** The logs restricted to `rows` (every per-row array; the catalogue is shared). */
export function subsetRows(data: TrainingData, rows: Int32Array): TrainingData {
  const pick = <T extends Int32Array | Uint8Array | Float32Array>(values: T): T => {
    const out = new (values.constructor as new (n: number) => T)(rows.length);
    for (let k = 0; k < rows.length; k++) out[k] = values[rows[k]!]!;
    return out;
  };
  return {
    ...data,
    user: pick(data.user),
    item: pick(data.item),
    position: pick(data.position),
    clicked: pick(data.clicked),
    watchTime: pick(data.watchTime),
    satisfaction: pick(data.satisfaction),
    ...(data.propensity === undefined ? {} : { propensity: pick(data.propensity) }),
    ...(data.dismissed === undefined ? {} : { dismissed: pick(data.dismissed) }),
    ...(data.clickTarget === undefined ? {} : { clickTarget: pick(data.clickTarget) }),
    ...(data.clickWeight === undefined ? {} : { clickWeight: pick(data.clickWeight) }),
  };
}

/**
 * Utility weights: each logged row weighs exp(sharpness · ū), ū being the world's expected
 * utility of a click on that item by that user (sim's E[utility | click]: relevance and quality
 * up, clickbait down), scaled to mean 1 over the rows. Rows about items worth more to the user
 * count more, clicked or not: the loss leans toward the objective the platform cares about.
 */
export function utilityWeights(
  world: World,
  rows: { user: Int32Array; item: Int32Array },
  sharpness: number,
): Float32Array {
  const terms = itemTerms(world);
  const raw = new Float64Array(rows.user.length);
  let total = 0;
  for (let r = 0; r < raw.length; r++) {
    const u = rows.user[r]!;
    const i = rows.item[r]!;
    raw[r] = Math.exp(sharpness * meanClickUtility(world, terms, i, trueRelevance(world, u, i)));
    total += raw[r]!;
  }
  const scale = raw.length > 0 ? raw.length / total : 1;
  return Float32Array.from(raw, (w) => w * scale);
}

import type { WorldConfig } from '../config/world-config';
import type { World } from '../world/world';

/** Columns after the topic vector: headline sensationalism, log duration, polarity. */
const EXTRA_FEATURES = 3;

/** Whether the items carry the purchase marker, and so the features a column for it. */
function hasMarker(config: Pick<WorldConfig, 'purchase'>): boolean {
  return config.purchase.markerShare > 0;
}

export function itemFeatureDim(config: Pick<WorldConfig, 'topicDim' | 'purchase'>): number {
  return config.topicDim + EXTRA_FEATURES + (hasMarker(config) ? 1 : 0);
}

/**
 * The observable description of each item (numItems * itemFeatureDim, row-major): what a
 * platform could compute from the content itself, and the purchase marker (a visible badge)
 * when the world has one. Quality, true clickbait and utility are deliberately absent.
 */
export function itemFeatures(world: World): Float32Array {
  const { items, topicDim: dim } = world;
  const width = itemFeatureDim(world.config);
  const marker = hasMarker(world.config);
  const out = new Float32Array(items.count * width);
  for (let i = 0; i < items.count; i++) {
    const o = i * width;
    for (let j = 0; j < dim; j++) out[o + j] = items.topics[i * dim + j]!;
    out[o + dim] = items.headline[i]!;
    out[o + dim + 1] = Math.log(items.duration[i]!);
    out[o + dim + 2] = items.polarity[i]!;
    if (marker) out[o + dim + 3] = items.marked[i]!;
  }
  return out;
}

import type { World } from '../world/world';

/** Columns after the topic vector: headline sensationalism, log duration, polarity. */
const EXTRA_FEATURES = 3;

export function itemFeatureDim(topicDim: number): number {
  return topicDim + EXTRA_FEATURES;
}

/**
 * The observable description of each item (numItems * itemFeatureDim, row-major): what a
 * platform could compute from the content itself. Quality, true clickbait and utility are
 * deliberately absent.
 */
export function itemFeatures(world: World): Float32Array {
  const { items, topicDim: dim } = world;
  const width = itemFeatureDim(dim);
  const out = new Float32Array(items.count * width);
  for (let i = 0; i < items.count; i++) {
    const o = i * width;
    for (let j = 0; j < dim; j++) out[o + j] = items.topics[i * dim + j];
    out[o + dim] = items.headline[i];
    out[o + dim + 1] = Math.log(items.duration[i]);
    out[o + dim + 2] = items.polarity[i];
  }
  return out;
}

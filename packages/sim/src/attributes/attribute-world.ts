import type { Rng } from '@goodhart/random';
import { z } from 'zod';
import { WorldConfigError } from '../config/world-config-error';

/**
 * The content-filtering world of T-RECS (Lucherini et al., 2021), as used by Chaney, Stewart &
 * Engelhardt's homogenization study: items carry binary attributes, users hidden Normal
 * profiles over the same attributes, and a user's true score for an item is the inner product.
 * Nothing here knows about a recommender.
 */
export interface AttributeWorldConfig {
  numUsers: number;
  numItems: number;
  /** Attributes per item (T-RECS: A). */
  numAttributes: number;
  /** Each attribute of each item is 1 with this probability, else 0. */
  attributeProbability: number;
  /** Items shown to each user per step (T-RECS: num_items_per_iter). */
  slateSize: number;
}

export type AttributeWorldConfigInput = Partial<AttributeWorldConfig> &
  Pick<AttributeWorldConfig, 'numUsers' | 'numItems'>;

export const defaultAttributeWorldConfig = Object.freeze({
  numAttributes: 20,
  attributeProbability: 0.5,
  slateSize: 10,
});

const count = (max: number) => z.number().int().min(1).max(max);

export const attributeWorldConfigSchema = z
  .strictObject({
    numUsers: count(1_000_000),
    numItems: count(1_000_000),
    numAttributes: count(1024),
    attributeProbability: z.number().min(0).max(1),
    slateSize: count(1000),
  })
  .refine((c) => c.slateSize <= c.numItems, {
    path: ['slateSize'],
    message: 'must be at most numItems',
  });

/** The hidden truth: item attributes (what a content filter also sees) and user profiles. */
export interface AttributeWorld {
  config: AttributeWorldConfig;
  /** numItems * numAttributes, row-major, each 0 or 1. */
  itemAttributes: Float32Array;
  /** numUsers * numAttributes, row-major, each ~ Normal(0, 1). Never observable. */
  userProfiles: Float32Array;
}

/** Defaults filled in, then checked; throws WorldConfigError naming each bad field. */
export function resolveAttributeWorldConfig(
  input: AttributeWorldConfigInput,
): AttributeWorldConfig {
  const parsed = attributeWorldConfigSchema.safeParse({ ...defaultAttributeWorldConfig, ...input });
  if (parsed.success) return parsed.data;
  throw WorldConfigError.fromZod(parsed.error);
}

/** Items from one child stream, users from another, so resizing one leaves the other's draws. */
export function createAttributeWorld(input: AttributeWorldConfigInput, rng: Rng): AttributeWorld {
  const config = resolveAttributeWorldConfig(input);
  const { numUsers, numItems, numAttributes, attributeProbability } = config;
  const itemRng = rng.fork(1);
  const itemAttributes = new Float32Array(numItems * numAttributes);
  for (let x = 0; x < itemAttributes.length; x++) {
    itemAttributes[x] = itemRng.next() < attributeProbability ? 1 : 0;
  }
  const userRng = rng.fork(2);
  const userProfiles = new Float32Array(numUsers * numAttributes);
  for (let x = 0; x < userProfiles.length; x++) userProfiles[x] = userRng.normal();
  return { config, itemAttributes, userProfiles };
}

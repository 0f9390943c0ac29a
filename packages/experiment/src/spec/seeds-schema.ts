import { z } from 'zod';

const maxSeed = 2 ** 31 - 1;

/**
 * Seeds base, base+1, ..., base+count-1; every arm of one seed shares that seed's world. Every
 * seed is a 32-bit signed integer (the stores keep it in one): the last one too.
 */
export const seedsSchema = z
  .strictObject({
    count: z.int().min(1).max(100).default(3),
    base: z.int().min(0).max(maxSeed).default(1),
  })
  .refine((seeds) => seeds.base + seeds.count - 1 <= maxSeed, {
    path: ['base'],
    message: `the last seed (base + count - 1) must be at most ${maxSeed}`,
  });

export type SeedsSpec = z.output<typeof seedsSchema>;

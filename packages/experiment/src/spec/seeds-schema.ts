import { z } from 'zod';

/** Seeds base, base+1, ..., base+count-1; every arm of one seed shares that seed's world. */
export const seedsSchema = z.strictObject({
  count: z.int().min(1).max(100).default(3),
  base: z
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
});

export type SeedsSpec = z.output<typeof seedsSchema>;

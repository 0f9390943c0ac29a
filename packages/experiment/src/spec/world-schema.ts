import { z } from 'zod';

// PROVISIONAL: mirrors the fields of sim's WorldConfig once it lands. Every field is
// optional: what a spec leaves out takes sim's default (resolveWorldConfig).
export const worldSchema = z.strictObject({
  numUsers: z.int().min(2).max(100_000).optional(),
  numItems: z.int().min(2).max(50_000).optional(),
  numCreators: z.int().min(1).max(10_000).optional(),
  topicDim: z.int().min(1).max(128).optional(),
  slateSize: z.int().min(1).max(100).optional(),
});

export type WorldSpec = z.output<typeof worldSchema>;

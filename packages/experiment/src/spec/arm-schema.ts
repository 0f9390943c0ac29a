import { z } from 'zod';

// PROVISIONAL until core's ModelSpec and decision specs land.
export const armSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[A-Za-z0-9_+-]+$/, {
      message: 'letters, digits, _ + - only (it appears in run keys)',
    }),
  model: z.looseObject({ kind: z.string() }),
  decision: z.looseObject({ kind: z.string() }).prefault({ kind: 'top-k' }),
});

export type ArmSpec = z.output<typeof armSchema>;

import { z } from 'zod';

// PROVISIONAL until core's decision rules land.
export const decisionSpecSchema = z.strictObject({
  weights: z
    .strictObject({
      click: z.number().default(1),
      satisfaction: z.number().default(0),
      watchTime: z.number().default(0),
    })
    .prefault({}),
});

export type DecisionSpec = z.output<typeof decisionSpecSchema>;

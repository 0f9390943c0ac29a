import { z } from 'zod';

// PROVISIONAL until sim's createClassificationTask lands.
export const taskSchema = z.strictObject({
  numTrain: z.int().min(10).max(1_000_000).default(2_000),
  numTest: z.int().min(10).max(1_000_000).default(5_000),
  costs: z
    .strictObject({
      falsePositive: z.number().gt(0).default(1),
      falseNegative: z.number().gt(0).default(5),
    })
    .prefault({}),
});

export type TaskSpec = z.output<typeof taskSchema>;

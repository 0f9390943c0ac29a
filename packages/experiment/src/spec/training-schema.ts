import { z } from 'zod';

/** How often and how hard each arm's model is refit on its own logged interactions. */
export const trainingSchema = z.strictObject({
  retrainEvery: z.int().min(1).max(500).default(1).describe('refit the model every N rounds'),
  epochs: z.int().min(1).max(100).default(2).describe('passes over the training window per refit'),
  batchSize: z.int().min(1).max(65_536).default(512),
  learningRate: z.number().gt(0).max(10).default(0.05),
  logWindow: z
    .int()
    .min(1)
    .max(500)
    .default(5)
    .describe('train on the logs of the last N rounds (a sliding window)'),
});

export type TrainingSpec = z.output<typeof trainingSchema>;

import { z } from 'zod';

/**
 * How each arm's model is refit on its own logged interactions (feedback-loop), or how the
 * classifier is trained (offline-classification, where a round is one epoch).
 * `epochs`, `batchSize` and `learningRate`, when given, override every arm's own model
 * schedule; offline, they default to batchSize 128 and learningRate 0.01.
 */
export const trainingSchema = z.strictObject({
  retrainEvery: z.int().min(1).max(500).default(1).describe('refit the model every N rounds'),
  logWindow: z
    .int()
    .min(1)
    .max(500)
    .default(5)
    .describe('refit on the logs of the last N rounds (a sliding window)'),
  epochs: z.int().min(1).max(100).optional().describe('passes over the window per refit'),
  batchSize: z.int().min(1).max(65_536).optional(),
  learningRate: z.number().gt(0).max(10).optional(),
});

export type TrainingSpec = z.output<typeof trainingSchema>;

import { z } from 'zod';

/**
 * How each arm's model is refit on its own logged interactions (feedback-loop), or how the
 * classifier is trained (offline-classification, where a round is one epoch). By default a
 * refit learns from the new logs plus as many older rows of the window, replayed at random
 * (`replay: 1`), so each impression counts about twice, not once per round it stays in the
 * window; `replay: 'window'` refits on the whole window every time.
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
  replay: z
    .union([z.number().min(0).max(100), z.literal('window')])
    .default(1)
    .describe(
      "refit on the logs since the last refit plus this many times as many rows drawn at random from the rest of the window; 'window': on the whole window every refit",
    ),
  startupRounds: z
    .int()
    .min(0)
    .max(500)
    .default(0)
    .describe(
      'feedback-loop: rounds of uniformly random slates, the same for every arm of a seed, before each arm serves by its own policy (its model is refit on them as on any round)',
    ),
  epochs: z.int().min(1).max(100).optional().describe('passes over the refit data per refit'),
  batchSize: z.int().min(1).max(65_536).optional(),
  learningRate: z.number().gt(0).max(10).optional(),
});

export type TrainingSpec = z.output<typeof trainingSchema>;

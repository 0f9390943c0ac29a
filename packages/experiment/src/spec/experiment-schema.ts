import { z } from 'zod';
import { feedbackArmSchema } from './feedback-arm-schema';
import { offlineArmSchema } from './offline-arm-schema';
import { seedsSchema } from './seeds-schema';
import { sweepSchema } from './sweep-schema';
import { taskSchema } from './task-schema';
import { trainingSchema } from './training-schema';
import { worldSchema } from './world-schema';

export const experimentKinds = ['feedback-loop', 'offline-classification'] as const;
export type ExperimentKind = (typeof experimentKinds)[number];

const common = {
  name: z.string().min(1).max(200),
  description: z.string().max(4_000).optional(),
  preset: z.string().max(100).optional().describe('the preset this spec started from'),
  claim: z.string().max(2_000).optional().describe('the claim under test (DESIGN.md section 1)'),
  expected: z.string().max(2_000).optional().describe('the expected direction of the result'),
  highlight: z
    .array(z.string().min(1).max(60))
    .max(20)
    .optional()
    .describe('summary metrics to show first in tables'),
  rounds: z.int().min(1).max(500).default(20).describe('feedback rounds, or training epochs'),
  seeds: seedsSchema.prefault({}),
  training: trainingSchema.prefault({}),
  sweep: sweepSchema.optional(),
};

/** Recommenders retrained round by round on their own logs in a simulated world. */
export const feedbackLoopSpecSchema = z.strictObject({
  ...common,
  kind: z.literal('feedback-loop'),
  world: worldSchema.prefault({}),
  arms: z.array(feedbackArmSchema).min(1).max(20),
});

/** Classifiers trained epoch by epoch on a fixed offline task; rounds are epochs. */
export const offlineClassificationSpecSchema = z.strictObject({
  ...common,
  kind: z.literal('offline-classification'),
  task: taskSchema.prefault({}),
  arms: z.array(offlineArmSchema).min(1).max(20),
});

const kindedSchema = z
  .discriminatedUnion('kind', [feedbackLoopSpecSchema, offlineClassificationSpecSchema])
  .superRefine((spec, context) => {
    const seen = new Set<string>();
    spec.arms.forEach((arm, index) => {
      if (seen.has(arm.name)) {
        context.addIssue({
          code: 'custom',
          path: ['arms', index, 'name'],
          message: `duplicate arm name "${arm.name}"`,
        });
      }
      seen.add(arm.name);
    });
  });

/**
 * One experiment: a world (or an offline task), arms to compare on it, how many rounds and
 * seeds, and an optional sweep. `kind` defaults to feedback-loop. Objects are strict, so a
 * misspelt field is an error rather than a silently ignored default.
 */
export const experimentSpecSchema = z.preprocess(
  (input) =>
    input !== null && typeof input === 'object' && !Array.isArray(input) && !('kind' in input)
      ? { ...input, kind: 'feedback-loop' }
      : input,
  kindedSchema,
);

/** A parsed spec: every default filled in. */
export type ExperimentSpec = z.output<typeof kindedSchema>;
export type FeedbackLoopSpec = z.output<typeof feedbackLoopSpecSchema>;
export type OfflineClassificationSpec = z.output<typeof offlineClassificationSpecSchema>;

export type FeedbackLoopSpecInput = Omit<z.input<typeof feedbackLoopSpecSchema>, 'kind'> & {
  kind?: 'feedback-loop';
};
export type OfflineClassificationSpecInput = z.input<typeof offlineClassificationSpecSchema>;
/** What a person may write: defaults may be left out, `kind` too for a feedback loop. */
export type ExperimentSpecInput = FeedbackLoopSpecInput | OfflineClassificationSpecInput;

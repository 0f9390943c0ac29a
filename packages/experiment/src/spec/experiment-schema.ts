import { z } from 'zod';
import { armSchema } from './arm-schema';
import { seedsSchema } from './seeds-schema';
import { sweepSchema } from './sweep-schema';
import { taskSchema } from './task-schema';
import { trainingSchema } from './training-schema';
import { worldSchema } from './world-schema';

export const experimentKinds = ['feedback-loop', 'offline-classification'] as const;

/**
 * One experiment: a world (or an offline task), arms to compare on it, how many rounds and
 * seeds, and an optional sweep. Objects are strict, so a misspelt field is an error rather
 * than a silently ignored default.
 */
export const experimentSpecSchema = z
  .strictObject({
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
    kind: z.enum(experimentKinds).default('feedback-loop'),
    world: worldSchema.prefault({}),
    rounds: z.int().min(1).max(500).default(20).describe('feedback rounds, or training epochs'),
    seeds: seedsSchema.prefault({}),
    training: trainingSchema.prefault({}),
    arms: z.array(armSchema).min(1).max(20),
    sweep: sweepSchema.optional(),
    task: taskSchema.optional(),
  })
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
    if (spec.kind === 'offline-classification' && spec.task === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['task'],
        message: 'an offline-classification experiment needs a task',
      });
    }
  });

/** A parsed spec: every default filled in. */
export type ExperimentSpec = z.output<typeof experimentSpecSchema>;
/** What a person may write: defaults may be left out. */
export type ExperimentSpecInput = z.input<typeof experimentSpecSchema>;

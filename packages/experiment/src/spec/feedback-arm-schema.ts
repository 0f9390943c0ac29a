import { decisionRuleSpecSchema, modelSpecSchema } from '@goodhart/core';
import { z } from 'zod';
import { armNameSchema } from './arm-name';

/**
 * One arm of a feedback-loop experiment: a model (core's ModelSpec: kind, heads and their
 * losses, schedule) and the decision rule that turns its head scores into slates.
 */
export const feedbackArmSchema = z.strictObject({
  name: armNameSchema,
  description: z.string().max(1_000).optional(),
  model: modelSpecSchema,
  decision: decisionRuleSpecSchema.prefault({}),
});

export type FeedbackArmSpec = z.output<typeof feedbackArmSchema>;

import { z } from 'zod';
import { armNameSchema } from './arm-name';

/** Losses a classifier arm may train with (core's registry names). */
export const classifierLossNames = [
  'bce',
  'weighted-bce',
  'brier',
  'bce-brier',
  'binary-reward',
  'binary-reward-brier',
  'focal',
] as const;

/**
 * One arm of an offline-classification experiment: a classifier, the loss it is trained
 * with, and the threshold it decides with. `weighted-bce` takes its costs from the task;
 * threshold `cost` is the Bayes threshold cFP / (cFP + cFN) for calibrated probabilities.
 */
export const offlineArmSchema = z.strictObject({
  name: armNameSchema,
  description: z.string().max(1_000).optional(),
  classifier: z
    .strictObject({
      /** Hidden layer widths (ReLU); [] is logistic regression on the raw features. */
      hidden: z.array(z.int().min(1).max(512)).max(4).default([]),
      l2: z.number().min(0).max(1).default(1e-4),
    })
    .prefault({}),
  loss: z
    .strictObject({
      name: z.enum(classifierLossNames).default('bce'),
      /** Weight of the Brier term (bce-brier, binary-reward-brier). */
      lambda: z.number().min(0).max(100).optional(),
      /** Focusing exponent and positive-class weight (focal). */
      gamma: z.number().min(0).max(10).optional(),
      alpha: z.number().min(0).max(1).optional(),
    })
    .prefault({}),
  threshold: z.union([z.literal('cost'), z.number().gt(0).lt(1)]).default(0.5),
});

export type OfflineArmSpec = z.output<typeof offlineArmSchema>;

import { z } from 'zod';
import { armNameSchema } from './arm-name';

/**
 * Losses a classifier arm's answer head may train with: core's registry names, each with a
 * plain-array twin in runner/offline/logit-losses.ts.
 */
export const classifierLossNames = [
  'bce',
  'weighted-bce',
  'brier',
  'bce-brier',
  'binary-reward',
  'binary-reward-brier',
] as const;
export type ClassifierLossName = (typeof classifierLossNames)[number];

/**
 * One arm of an offline-classification experiment: a classifier, the loss its answer head is
 * trained with, optionally a separate confidence head, the threshold it answers with, and
 * when its training stops. `weighted-bce` takes its costs from the task (normalised so the
 * mean weight over the training labels is 1, which leaves the minimiser unchanged and keeps
 * `l2` comparable across cost ratios); threshold `cost` is the Bayes threshold
 * cFP / (cFP + cFN) for calibrated probabilities.
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
    })
    .prefault({}),
  /**
   * A second output, the stated confidence, trained with lambda·Brier beside the answer's
   * loss (the two share the hidden layers). Absent: the confidence is the answer head's own
   * probability of the answer it gives.
   */
  confidence: z.strictObject({ lambda: z.number().gt(0).max(100) }).optional(),
  threshold: z.union([z.literal('cost'), z.number().gt(0).lt(1)]).default(0.5),
  /**
   * Stop when the validation loss (the arm's own training loss on the validation rows) has not
   * improved for `patience` epochs, and report the epoch where it was lowest; the spec's
   * `rounds` is the most epochs any arm may take.
   */
  earlyStopping: z.strictObject({ patience: z.int().min(1).max(500).default(10) }).prefault({}),
});

export type OfflineArmSpec = z.output<typeof offlineArmSchema>;

import { defaultClassificationTaskConfig as defaults } from '@goodhart/sim';
import { z } from 'zod';

/**
 * The offline task of an offline-classification experiment (sim's createClassificationTask):
 * a held-out test set of `numTest` examples, drawn first so it is the same whatever
 * `numTrain` is, then `numTrain` training examples, of which a random `validationShare` is
 * set aside for early stopping; and the costs of the two errors.
 */
export const taskSchema = z
  .strictObject({
    numTrain: z.int().min(20).max(1_000_000).default(2_000),
    numTest: z.int().min(20).max(1_000_000).default(10_000),
    validationShare: z.number().gt(0).lt(1).default(0.2),
    /**
     * Held-out figures after every epoch too (learning curves; the epoch is chosen on the
     * validation rows only). Off, rounds hold only the training and validation loss: the
     * test set is then read once, at the chosen epoch, which is most of a small run's cost.
     */
    testEveryEpoch: z.boolean().default(true),
    featureDim: z.int().min(2).max(512).default(defaults.featureDim),
    baseRate: z.number().gt(0).lt(1).default(defaults.baseRate),
    labelNoise: z.number().min(0).lt(0.5).default(defaults.labelNoise),
    nonlinearity: z.number().min(0).max(1).default(defaults.nonlinearity),
    signal: z.number().min(0).max(100).default(defaults.signal),
    costs: z
      .strictObject({
        falsePositive: z.number().gt(0).max(1e6).default(1),
        falseNegative: z.number().gt(0).max(1e6).default(5),
      })
      .prefault({}),
  })
  .superRefine((task, context) => {
    if (task.baseRate <= task.labelNoise || task.baseRate >= 1 - task.labelNoise) {
      context.addIssue({
        code: 'custom',
        path: ['baseRate'],
        message: `must lie strictly between labelNoise (${task.labelNoise}) and 1 - labelNoise`,
      });
    }
  });

export type TaskSpec = z.output<typeof taskSchema>;

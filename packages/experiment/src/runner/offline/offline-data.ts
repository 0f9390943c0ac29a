import type { Rng } from '@goodhart/random';
import { createClassificationTask } from '@goodhart/sim';
import type { TaskSpec } from '../../spec/task-schema';

export interface Split {
  rows: number;
  features: Float32Array;
  labels: Uint8Array;
  /** The true P(y = 1 | x): the Bayes-optimal prediction. */
  probabilities: Float32Array;
}

/**
 * Draws the task once and splits it: the first numTest examples are the test set, the next
 * numTrain the training set. sim's examples are prefix-stable, so sweeping numTrain leaves
 * the test set unchanged.
 */
export function offlineData(task: TaskSpec, rng: Rng): { train: Split; test: Split; dim: number } {
  const drawn = createClassificationTask(
    {
      numExamples: task.numTest + task.numTrain,
      featureDim: task.featureDim,
      baseRate: task.baseRate,
      labelNoise: task.labelNoise,
      nonlinearity: task.nonlinearity,
      signal: task.signal,
    },
    rng,
  );
  const dim = drawn.featureDim;
  const slice = (from: number, rows: number): Split => ({
    rows,
    features: drawn.features.slice(from * dim, (from + rows) * dim),
    labels: drawn.labels.slice(from, from + rows),
    probabilities: drawn.probabilities.slice(from, from + rows),
  });
  return { test: slice(0, task.numTest), train: slice(task.numTest, task.numTrain), dim };
}

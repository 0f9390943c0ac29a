import { type Rng, sampleWithoutReplacement } from '@goodhart/random';
import { createClassificationTask } from '@goodhart/sim';
import type { TaskSpec } from '../../spec/task-schema';

export interface Split {
  rows: number;
  features: Float32Array;
  labels: Uint8Array;
  /** The true P(y = 1 | x): the Bayes-optimal prediction. */
  probabilities: Float32Array;
}

export interface OfflineData {
  /** What the arm's weights are fitted on: the training draw less the validation rows. */
  fit: Split;
  /** Carved from the training draw: early stopping reads only this. */
  validation: Split;
  /** Held out: every reported metric. */
  test: Split;
  dim: number;
}

/**
 * Draws the task once (`taskRng`) and splits it: the first numTest examples are the test set,
 * the next numTrain the training set, of which round(validationShare · numTrain) rows chosen
 * at random (`splitRng`) are set aside for validation. sim's examples are prefix-stable, so
 * sweeping numTrain leaves the test set unchanged.
 */
export function offlineData(task: TaskSpec, taskRng: Rng, splitRng: Rng): OfflineData {
  const drawn = createClassificationTask(
    {
      numExamples: task.numTest + task.numTrain,
      featureDim: task.featureDim,
      baseRate: task.baseRate,
      labelNoise: task.labelNoise,
      nonlinearity: task.nonlinearity,
      signal: task.signal,
    },
    taskRng,
  );
  const dim = drawn.featureDim;
  const pick = (rows: ArrayLike<number>): Split => {
    const split: Split = {
      rows: rows.length,
      features: new Float32Array(rows.length * dim),
      labels: new Uint8Array(rows.length),
      probabilities: new Float32Array(rows.length),
    };
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      split.features.set(drawn.features.subarray(row * dim, (row + 1) * dim), k * dim);
      split.labels[k] = drawn.labels[row]!;
      split.probabilities[k] = drawn.probabilities[row]!;
    }
    return split;
  };
  const validationRows = validationSize(task);
  const held = new Uint8Array(task.numTrain);
  const validation = sampleWithoutReplacement(task.numTrain, validationRows, splitRng)
    .sort()
    .map((row) => task.numTest + row);
  for (const row of validation) held[row - task.numTest] = 1;
  const fit: number[] = [];
  for (let k = 0; k < task.numTrain; k++) if (held[k] === 0) fit.push(task.numTest + k);
  const test = Int32Array.from({ length: task.numTest }, (_, k) => k);
  return { fit: pick(fit), validation: pick(validation), test: pick(test), dim };
}

/** Validation rows out of numTrain: at least one, and at least one row left to fit on. */
export function validationSize(task: Pick<TaskSpec, 'numTrain' | 'validationShare'>): number {
  const rows = Math.round(task.validationShare * task.numTrain);
  return Math.min(Math.max(rows, 1), task.numTrain - 1);
}

import { getLoss, type LossOptions, thresholdFor } from '@goodhart/core';
import {
  auc,
  brierScore,
  expectedCalibrationError,
  expectedCostAtThreshold,
  logLoss,
  reliabilityDiagram,
} from '@goodhart/metrics';
import { createRng } from '@goodhart/random';
import type { RunSpec } from '../../runs/expand-runs';
import type { OfflineClassificationSpec } from '../../spec/experiment-schema';
import type { OfflineArmSpec } from '../../spec/offline-arm-schema';
import { throwIfCancelled } from '../cancellation';
import type { RoundRecord, RunHooks, RunResult } from '../run-result';
import { summariseRounds } from '../summary';
import { MlpClassifier } from './mlp-classifier';
import { offlineData } from './offline-data';
import { probeAuc } from './probe-auc';

/** Offline defaults when the spec's training block leaves them out. */
export const offlineDefaults = { batchSize: 128, learningRate: 0.01 } as const;

// Child streams of the run's seed.
const STREAM_TASK = 0;
const STREAM_INIT = 1;
const STREAM_SHUFFLE = 2;

/**
 * misaligned-by-design and calibration: one classifier trained epoch by epoch (a round is an
 * epoch) on a fixed task, judged on a held-out test set after every epoch. Arms of one seed
 * see the same data and start from the same initial weights when their layers match.
 */
export async function runOfflineClassification(
  run: RunSpec,
  spec: OfflineClassificationSpec,
  arm: OfflineArmSpec,
  hooks: RunHooks,
  backend: string,
): Promise<RunResult> {
  const { task } = spec;
  const costs = {
    falsePositive: task.costs.falsePositive,
    falseNegative: task.costs.falseNegative,
  };
  const rng = createRng(run.seed);
  const { train, test, dim } = offlineData(task, rng.fork(STREAM_TASK));
  const threshold =
    arm.threshold === 'cost'
      ? thresholdFor(costs.falsePositive, costs.falseNegative)
      : arm.threshold;
  const epoch = {
    batchSize: spec.training.batchSize ?? offlineDefaults.batchSize,
    loss: getLoss(arm.loss.name),
    lossOptions: lossOptions(arm, costs),
  };
  const classifier = new MlpClassifier(
    dim,
    arm.classifier.hidden,
    arm.classifier.l2,
    spec.training.learningRate ?? offlineDefaults.learningRate,
    rng.fork(STREAM_INIT),
  );
  const shuffle = rng.fork(STREAM_SHUFFLE);
  const rounds: RoundRecord[] = [];
  let linearProbeAuc: number | undefined;
  let predictions: Float32Array = new Float32Array(test.rows);
  try {
    for (let round = 0; round < spec.rounds; round++) {
      throwIfCancelled(hooks.signal, run.key);
      const trainLoss = classifier.fitEpoch(train.features, train.labels, epoch, shuffle);
      predictions = classifier.predict(test.features, test.rows);
      // A linear model's representation is its input, so its probe never changes.
      let probe: number;
      if (arm.classifier.hidden.length > 0) probe = probeOn(classifier, train, test);
      else {
        linearProbeAuc ??= probeOn(classifier, train, test);
        probe = linearProbeAuc;
      }
      const record: RoundRecord = {
        round,
        metrics: {
          trainLoss,
          heldOutExpectedCost: expectedCostAtThreshold(predictions, test.labels, costs, threshold),
          costAtBayesThreshold: expectedCostAtThreshold(predictions, test.labels, costs),
          logLoss: logLoss(predictions, test.labels),
          brier: brierScore(predictions, test.labels),
          ece: expectedCalibrationError(predictions, test.labels),
          auc: auc(predictions, test.labels),
          probeAuc: probe,
          positiveRate: positiveRate(predictions, threshold),
        },
      };
      rounds.push(record);
      await hooks.onRound?.(record);
    }
  } finally {
    classifier.dispose();
  }
  const summary = summariseRounds(rounds, 'offline-classification');
  // The floor no classifier can beat: the true probabilities at the Bayes threshold.
  summary.bayesExpectedCost = expectedCostAtThreshold(test.probabilities, test.labels, costs);
  summary.threshold = threshold;
  return {
    key: run.key,
    group: run.group,
    arm: run.arm,
    seed: run.seed,
    params: run.params,
    backend,
    rounds,
    summary,
    reliability: reliabilityDiagram(predictions, test.labels),
  };
}

function lossOptions(
  arm: OfflineArmSpec,
  costs: { falsePositive: number; falseNegative: number },
): LossOptions {
  const options: LossOptions = {};
  if (arm.loss.name === 'weighted-bce') {
    options.cFP = costs.falsePositive;
    options.cFN = costs.falseNegative;
  }
  if (arm.loss.lambda !== undefined) options.lambda = arm.loss.lambda;
  if (arm.loss.gamma !== undefined) options.gamma = arm.loss.gamma;
  if (arm.loss.alpha !== undefined) options.alpha = arm.loss.alpha;
  return options;
}

/** Rows the probe reads from each split: enough for a stable AUC, cheap every epoch. */
const probeRows = 2_000;

function probeOn(
  classifier: MlpClassifier,
  fullTrain: { features: Float32Array; labels: Uint8Array; rows: number },
  fullTest: { features: Float32Array; labels: Uint8Array; rows: number },
): number {
  const train = head(fullTrain, probeRows);
  const test = head(fullTest, probeRows);
  return probeAuc(
    {
      representation: classifier.represent(train.features, train.rows),
      labels: train.labels,
      rows: train.rows,
    },
    {
      representation: classifier.represent(test.features, test.rows),
      labels: test.labels,
      rows: test.rows,
    },
    classifier.representationDim,
  );
}

function head(
  split: { features: Float32Array; labels: Uint8Array; rows: number },
  rows: number,
): { features: Float32Array; labels: Uint8Array; rows: number } {
  if (split.rows <= rows) return split;
  const dim = split.features.length / split.rows;
  return {
    features: split.features.subarray(0, rows * dim),
    labels: split.labels.subarray(0, rows),
    rows,
  };
}

function positiveRate(probabilities: Float32Array, threshold: number): number {
  let positives = 0;
  for (let i = 0; i < probabilities.length; i++) if (probabilities[i] >= threshold) positives++;
  return positives / probabilities.length;
}

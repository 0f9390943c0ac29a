import { thresholdFor } from '@goodhart/core';
import { expectedCostAtThreshold, reliabilityDiagram } from '@goodhart/metrics';
import { createRng } from '@goodhart/random';
import type { RunSpec } from '../../runs/expand-runs';
import type { OfflineClassificationSpec } from '../../spec/experiment-schema';
import type { OfflineArmSpec } from '../../spec/offline-arm-schema';
import { throwIfCancelled } from '../cancellation';
import type { RoundRecord, RunHooks, RunResult } from '../run-result';
import { readArm } from './arm-readout';
import { DenseNetwork } from './dense-network';
import { EarlyStopping } from './early-stopping';
import { fitEpoch } from './fit-epoch';
import { heldOutMetrics, rankingMetrics } from './held-out-metrics';
import { logitLoss } from './logit-losses';
import { normalisedCostWeights } from './normalised-cost-weights';
import { objectiveOf } from './objective';
import { offlineData } from './offline-data';
import { probeOn } from './probe-auc';

/** Offline defaults when the spec's training block leaves them out. */
export const offlineDefaults = { batchSize: 32, learningRate: 0.01 } as const;

// Child streams of the run's seed.
const STREAM_TASK = 0;
const STREAM_INIT = 1;
const STREAM_SHUFFLE = 2;
const STREAM_SPLIT = 3;

/**
 * misaligned-by-design and calibration: one classifier trained epoch by epoch (a round is an
 * epoch) on a fixed task until its validation loss stops improving (the arm's
 * `earlyStopping`), then judged on the held-out test set with the weights of its best epoch.
 * Each round records the epoch's training and validation loss and, with `task.testEveryEpoch`,
 * the O(n) held-out figures (learning curves, never used to choose the epoch); the summary is
 * the chosen epoch's: its losses, every held-out figure, `auc`, `confidenceAuc` and the probe. Arms of one seed see the same data, the same validation rows and start from the
 * same initial weights when their layers match.
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
  const { fit, validation, test, dim } = offlineData(
    task,
    rng.fork(STREAM_TASK),
    rng.fork(STREAM_SPLIT),
  );
  const weighted = arm.loss.name === 'weighted-bce';
  const ratio = costs.falseNegative / costs.falsePositive;
  const objective = objectiveOf(
    logitLoss(arm.loss.name, {
      lambda: arm.loss.lambda,
      classWeights: weighted ? normalisedCostWeights(ratio, fit.labels) : undefined,
    }),
    arm.confidence?.lambda,
  );
  const readout = {
    outputs: objective.outputs,
    threshold:
      arm.threshold === 'cost'
        ? thresholdFor(costs.falsePositive, costs.falseNegative)
        : arm.threshold,
    tiltRatio: weighted ? ratio : 1,
  };
  const network = new DenseNetwork(
    {
      inputDim: dim,
      hidden: arm.classifier.hidden,
      outputs: objective.outputs,
      l2: arm.classifier.l2,
      learningRate: spec.training.learningRate ?? offlineDefaults.learningRate,
    },
    rng.fork(STREAM_INIT),
  );
  const batchSize = spec.training.batchSize ?? offlineDefaults.batchSize;
  const shuffle = rng.fork(STREAM_SHUFFLE);
  const stopping = new EarlyStopping(arm.earlyStopping.patience);
  const rounds: RoundRecord[] = [];
  let best = network.snapshot();
  for (let round = 0; round < spec.rounds; round++) {
    throwIfCancelled(hooks.signal, run.key);
    const trainLoss = fitEpoch(network, fit, objective, batchSize, shuffle);
    const validationLoss = objective.evaluate(
      network.logits(validation.features, validation.rows),
      validation.labels,
      validation.rows,
    );
    const metrics: Record<string, number> = { trainLoss, validationLoss };
    if (task.testEveryEpoch) {
      const onTest = readArm(network.logits(test.features, test.rows), test.rows, readout);
      Object.assign(metrics, heldOutMetrics(onTest, test.labels, costs));
    }
    const record: RoundRecord = { round, metrics };
    rounds.push(record);
    await hooks.onRound?.(record);
    const verdict = stopping.observe(round, validationLoss);
    if (verdict === 'best') best = network.snapshot();
    if (verdict === 'stop') break;
  }
  network.restore(best);
  const [first] = rounds;
  const chosen = rounds[Math.max(stopping.bestEpoch, 0)];
  if (first === undefined || chosen === undefined) {
    throw new Error(`${run.key}: no epoch to report (${rounds.length} trained)`);
  }
  const onTest = readArm(network.logits(test.features, test.rows), test.rows, readout);
  const summary: Record<string, number> = {
    ...chosen.metrics,
    ...heldOutMetrics(onTest, test.labels, costs),
    ...rankingMetrics(onTest, test.labels),
    chosenEpoch: chosen.round,
    epochsRun: rounds.length,
    trainLossFirst: first.metrics.trainLoss ?? Number.NaN, // every epoch records it
    // The floor no classifier can beat: the true probabilities at the Bayes threshold.
    bayesExpectedCost: expectedCostAtThreshold(test.probabilities, test.labels, costs),
    threshold: readout.threshold,
  };
  // A linear model's representation is its input: no probe (it would be the same for every arm).
  if (arm.classifier.hidden.length > 0) summary.probeAuc = probeOn(network, fit, test);
  return {
    key: run.key,
    group: run.group,
    arm: run.arm,
    seed: run.seed,
    params: run.params,
    backend,
    rounds,
    summary,
    reliability: reliabilityDiagram(onTest.probability, test.labels),
  };
}

import { bceBrier } from './bce-brier';
import { binaryCrossEntropy } from './binary-cross-entropy';
import { binaryReward } from './binary-reward';
import { binaryRewardBrier } from './binary-reward-brier';
import { bpr } from './bpr';
import { brier } from './brier';
import { durationDebiasedWatchTime } from './duration-debiased-watch-time';
import { focal } from './focal';
import { huber } from './huber';
import { ipwBinaryCrossEntropy } from './ipw-binary-cross-entropy';
import { meanSquaredError } from './mean-squared-error';
import { reinforceSoftmax } from './reinforce-softmax';
import { sampledSoftmax } from './sampled-softmax';
import type { LossFunction } from './types';
import { weightedBinaryCrossEntropy } from './weighted-binary-cross-entropy';

/**
 * What a loss expects of its predictions, which tells a model how to train a head with it:
 * - `logit`: one logit per example, a probability after σ;
 * - `regression`: one raw value per example in the label's own unit;
 * - `duration-free`: one logit per example, σ of which is a duration-free watch share;
 * - `ranking`: [rows, candidates] scores, a positive and its sampled negatives per row.
 */
export type LossFamily = 'logit' | 'regression' | 'duration-free' | 'ranking';

const registry = {
  bce: { fn: binaryCrossEntropy, family: 'logit' },
  'weighted-bce': { fn: weightedBinaryCrossEntropy, family: 'logit' },
  brier: { fn: brier, family: 'logit' },
  'bce-brier': { fn: bceBrier, family: 'logit' },
  'binary-reward': { fn: binaryReward, family: 'logit' },
  'binary-reward-brier': { fn: binaryRewardBrier, family: 'logit' },
  focal: { fn: focal, family: 'logit' },
  'ipw-bce': { fn: ipwBinaryCrossEntropy, family: 'logit' },
  mse: { fn: meanSquaredError, family: 'regression' },
  huber: { fn: huber, family: 'regression' },
  'duration-debiased': { fn: durationDebiasedWatchTime, family: 'duration-free' },
  bpr: { fn: bpr, family: 'ranking' },
  'sampled-softmax': { fn: sampledSoftmax, family: 'ranking' },
  'reinforce-softmax': { fn: reinforceSoftmax, family: 'ranking' },
} as const satisfies Record<string, { fn: LossFunction; family: LossFamily }>;

/** Name of a registered loss, as an experiment spec names it. */
export type LossName = keyof typeof registry;

export const lossNames = Object.keys(registry) as LossName[];

function entry(name: string): { fn: LossFunction; family: LossFamily } {
  if (!Object.hasOwn(registry, name)) {
    throw new Error(`unknown loss "${name}"; known: ${lossNames.join(', ')}`);
  }
  return registry[name as LossName];
}

/** The loss function registered under `name`; throws `unknown loss "x"; known: ...`. */
export function getLoss(name: string): LossFunction {
  return entry(name).fn;
}

/** How the loss called `name` reads its predictions (see LossFamily). */
export function lossFamily(name: string): LossFamily {
  return entry(name).family;
}

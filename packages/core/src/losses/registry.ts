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
import { knownLoss, type LossName } from './loss-families';
import { meanSquaredError } from './mean-squared-error';
import { reinforceSoftmax } from './reinforce-softmax';
import { sampledSoftmax } from './sampled-softmax';
import type { LossFunction } from './types';
import { weightedBinaryCrossEntropy } from './weighted-binary-cross-entropy';

/** The function of every loss a spec may name (loss-families.ts lists the names). */
const registry: Record<LossName, LossFunction> = {
  bce: binaryCrossEntropy,
  'weighted-bce': weightedBinaryCrossEntropy,
  brier,
  'bce-brier': bceBrier,
  'binary-reward': binaryReward,
  'binary-reward-brier': binaryRewardBrier,
  focal,
  'ipw-bce': ipwBinaryCrossEntropy,
  mse: meanSquaredError,
  huber,
  'duration-debiased': durationDebiasedWatchTime,
  bpr,
  'sampled-softmax': sampledSoftmax,
  'reinforce-softmax': reinforceSoftmax,
};

/** The loss function registered under `name`; throws `unknown loss "x"; known: ...`. */
export function getLoss(name: string): LossFunction {
  return registry[knownLoss(name)];
}

import type { ClaimInput } from '../claims/claim-schema';
import { learnabilityBar } from '../claims/learnability-bar';
import type { ExperimentSpecInput } from '../spec/experiment-schema';

const rlcr =
  'Damani et al. 2025, "Beyond Binary Rewards: Training LMs to Reason About Their Uncertainty" (arXiv 2507.16806)';
const seed = 'seed: utility-weighting-backfire';

const classifier = { hidden: [32], l2: 1e-4 };
const earlyStopping = { patience: 10 };

function gate(...arms: string[]): ClaimInput['gate'] {
  return { ...learnabilityBar.offline, arms };
}

function versusBinaryReward(
  id: string,
  statement: string,
  source: string,
  metric: string,
  arm: string,
  expected: 'positive' | 'negative',
  reference = 'binary-reward',
): ClaimInput {
  return {
    id,
    statement,
    source,
    metric,
    compare: { kind: 'arms', arm, reference },
    expected,
    gate: gate(arm, reference),
  };
}

const claims: ClaimInput[] = [
  versusBinaryReward(
    'binary-reward-overconfident',
    'A binary (correctness) reward rewards confident guessing: its stated confidence exceeds ' +
      'its accuracy by more than a proper scoring rule’s (BCE) does',
    seed,
    'overconfidence',
    'bce',
    'negative',
  ),
  versusBinaryReward(
    'brier-restores-calibration',
    'Scoring a separately stated confidence with the Brier score beside the binary reward on ' +
      'the answer restores calibration (lower ECE of the confidence)',
    rlcr,
    'confidenceEce',
    'binary-reward+brier',
    'negative',
  ),
  versusBinaryReward(
    'brier-restores-calibration-4',
    'The same at Brier weight λ = 4',
    rlcr,
    'confidenceEce',
    'binary-reward+brier4',
    'negative',
  ),
  versusBinaryReward(
    'brier-lowers-confidence-brier',
    'The Brier term lowers the Brier score of the stated confidence',
    rlcr,
    'confidenceBrier',
    'binary-reward+brier',
    'negative',
  ),
  versusBinaryReward(
    'one-output-stays-miscalibrated',
    'With one output for answer and confidence, |y − p| + λ(y − p)² is improper for every ' +
      'finite λ: its confidence stays less calibrated than a separately stated one',
    rlcr,
    'confidenceEce',
    'one-output+brier',
    'positive',
    'binary-reward+brier',
  ),
];

/**
 * What a binary (correctness) objective does to stated confidence, and whether a Brier term on
 * a separately stated confidence repairs it (RLCR). Design (packages/experiment/README.md,
 * "calibration"): the misaligned-by-design task (no label noise, symmetric costs, so the answer
 * is the more likely class), 2,000 training examples of which 400 validate, one hidden layer
 * of 32 shared by the answer head and, where there is one, the confidence head; every arm
 * trains until its own validation loss has not improved for 10 epochs (at most 200) and is
 * reported at that best epoch (chosenEpoch).
 * Seeds: 11, by claims/seed-count's rule (power 0.8 at the 95% level) on a 3-seed pilot: the
 * per-seed sd of each claim's paired effect was 0.012 (overconfidence), 0.025 and 0.032
 * (confidence ECE, λ = 1 and 4), 0.014 (confidence Brier) and 0.020 (one output vs two), and
 * the smallest effects that matter are 0.03 of ECE (about a calibrated model's own ECE in RLCR)
 * and 0.02 of Brier score, which need 5, 8, 11, 6 and 6 seeds: the largest, 11, is taken.
 */
export const calibrationPreset = {
  name: 'calibration',
  preset: 'calibration',
  description:
    'A one-hidden-layer classifier that answers (a class) and states a confidence that its ' +
    'answer is right. binary-reward: the answer is trained with the binary reward (the ' +
    'expected 0-1 loss of an answer drawn with probability p) and its confidence is that same ' +
    'p; binary-reward+brier (λ = 1, 4): a second output states the confidence, scored with ' +
    'λ·Brier, the answer still with the binary reward (RLCR); one-output+brier: one ' +
    'probability for both, |y − p| + (y − p)²; bce: one probability trained with BCE (a ' +
    'proper scoring rule). Early stopping on a validation split; everything is reported at ' +
    'the chosen epoch (chosenEpoch). A round is one epoch.',
  claims,
  reference: 'binary-reward',
  highlight: [
    'confidenceEce',
    'overconfidence',
    'confidenceBrier',
    'accuracy',
    'auc',
    'ece',
    'chosenEpoch',
  ],
  kind: 'offline-classification',
  task: {
    numTrain: 2000,
    numTest: 10000,
    validationShare: 0.2,
    labelNoise: 0,
    costs: { falsePositive: 1, falseNegative: 1 },
  },
  rounds: 200,
  seeds: { count: 11, base: 1 },
  training: { batchSize: 32, learningRate: 0.01 },
  arms: [
    { name: 'binary-reward', classifier, loss: { name: 'binary-reward' }, earlyStopping },
    {
      name: 'binary-reward+brier',
      classifier,
      loss: { name: 'binary-reward' },
      confidence: { lambda: 1 },
      earlyStopping,
    },
    {
      name: 'binary-reward+brier4',
      classifier,
      loss: { name: 'binary-reward' },
      confidence: { lambda: 4 },
      earlyStopping,
    },
    {
      name: 'one-output+brier',
      classifier,
      loss: { name: 'binary-reward-brier', lambda: 1 },
      earlyStopping,
    },
    { name: 'bce', classifier, loss: { name: 'bce' }, earlyStopping },
  ],
} satisfies ExperimentSpecInput;

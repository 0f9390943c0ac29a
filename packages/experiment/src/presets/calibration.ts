import type { ExperimentSpecInput } from '../spec/experiment-schema';

const classifier = { hidden: [64, 64] };

/** What a binary (correctness) objective does to the confidence of a flexible classifier. */
export const calibrationPreset = {
  name: 'calibration',
  preset: 'calibration',
  description:
    'A two-hidden-layer classifier on the offline task, trained with the binary reward (the ' +
    'expected 0-1 loss |y − p| of an answer drawn with probability p: a correctness reward, ' +
    'which costs a confident wrong answer no more than a hesitant one), with the binary reward ' +
    'plus a Brier term λ(y − p)² at λ = 1 and λ = 4, with plain BCE (a proper scoring rule: the ' +
    'reference) and with cost-weighted BCE (cFN = 5 cFP). Calibration is judged on held-out ' +
    'data after every epoch; the reliability diagram of the last epoch is kept.',
  claim:
    'A binary objective rewards confident guessing; adding a Brier term restores calibration ' +
    '(utility-weighting-backfire).',
  expected:
    'binary-reward ends the worst calibrated of the unweighted arms (highest ECE, Brier and log ' +
    'loss: its probabilities are pushed toward 0 and 1, its optimum is p ∈ {0, 1}). Adding the ' +
    'Brier term lowers ECE and Brier, more at λ = 4 than at λ = 1 (the optimum for a true ' +
    'probability q is q + (2q − 1)/(2λ): 0.9 for q = 0.7 at λ = 1, 0.75 at λ = 4), toward BCE; ' +
    'weighted BCE is miscalibrated in its own way, shifted toward the costly positive class. ' +
    'Gradient descent from p = ½ for 30 epochs need not reach these optima, so how far each ' +
    'arm gets is what the run shows.',
  highlight: ['ece', 'brier', 'logLoss', 'auc', 'heldOutExpectedCost', 'trainLoss'],
  kind: 'offline-classification',
  task: { numTrain: 2000, numTest: 10000, costs: { falsePositive: 1, falseNegative: 5 } },
  rounds: 30,
  seeds: { count: 3, base: 1 },
  arms: [
    { name: 'binary-reward', classifier, loss: { name: 'binary-reward' }, threshold: 'cost' },
    {
      name: 'binary-reward+brier',
      classifier,
      loss: { name: 'binary-reward-brier', lambda: 1 },
      threshold: 'cost',
    },
    {
      name: 'binary-reward+brier4',
      classifier,
      loss: { name: 'binary-reward-brier', lambda: 4 },
      threshold: 'cost',
    },
    { name: 'bce', classifier, loss: { name: 'bce' }, threshold: 'cost' },
    { name: 'weighted-bce', classifier, loss: { name: 'weighted-bce' }, threshold: 0.5 },
  ],
} satisfies ExperimentSpecInput;

import type { ExperimentSpecInput } from '../spec/experiment-schema';

/** What a binary objective does to the confidence of a flexible classifier. */
export const calibrationPreset = {
  name: 'calibration',
  preset: 'calibration',
  description:
    'A two-hidden-layer classifier on the offline task, trained with plain BCE, with ' +
    'cost-weighted BCE (cFN = 5 cFP), and with BCE plus a Brier term; calibration is judged ' +
    'on held-out data after every epoch, and the reliability diagram of the last epoch is kept.',
  claim:
    'A binary objective rewards confident guessing; adding a Brier term restores calibration ' +
    '(utility-weighting-backfire).',
  expected:
    'bce + brier ends with lower ECE and Brier score than bce, and weighted BCE is the worst ' +
    'calibrated (its probabilities are shifted toward the costly class).',
  highlight: ['ece', 'brier', 'logLoss', 'auc', 'heldOutExpectedCost'],
  kind: 'offline-classification',
  task: { numTrain: 2000, numTest: 10000, costs: { falsePositive: 1, falseNegative: 5 } },
  rounds: 30,
  seeds: { count: 3, base: 1 },
  arms: [
    { name: 'bce', classifier: { hidden: [64, 64] }, loss: { name: 'bce' }, threshold: 'cost' },
    {
      name: 'weighted-bce',
      classifier: { hidden: [64, 64] },
      loss: { name: 'weighted-bce' },
      threshold: 0.5,
    },
    {
      name: 'bce+brier',
      classifier: { hidden: [64, 64] },
      loss: { name: 'bce-brier', lambda: 1 },
      threshold: 'cost',
    },
  ],
} satisfies ExperimentSpecInput;

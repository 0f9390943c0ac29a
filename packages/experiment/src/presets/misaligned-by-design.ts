import type { ExperimentSpecInput } from '../spec/experiment-schema';

/** Costs in the loss vs costs at decision time, over cost ratios, capacities and data sizes. */
export const misalignedByDesign = {
  name: 'misaligned-by-design',
  preset: 'misaligned-by-design',
  description:
    'An offline binary task with known true probabilities (half of its signal in an ' +
    'interaction no linear model can represent). Each classifier is trained either with ' +
    'cost-weighted BCE and thresholded at 0.5, or with plain BCE and thresholded at the Bayes ' +
    'threshold cFP/(cFP+cFN); linear vs two hidden layers; swept over the cost of a false ' +
    'negative (cFP = 1) and the training-set size. A round is one training epoch.',
  claim:
    'Baking asymmetric costs into the loss can do worse, on that very cost, than a symmetric ' +
    'loss plus an ex-post threshold (misaligned-by-design).',
  expected:
    'At high cost ratios the bce + threshold arms reach a held-out expected cost no higher than ' +
    'the weighted-loss arms, with better calibration (lower ECE) and an equal or better linear ' +
    'probe; the gap is largest for the higher-capacity model on the smaller training set.',
  highlight: ['heldOutExpectedCost', 'bayesExpectedCost', 'ece', 'logLoss', 'probeAuc'],
  kind: 'offline-classification',
  task: { numTrain: 2000, numTest: 10000, costs: { falsePositive: 1, falseNegative: 5 } },
  rounds: 20,
  seeds: { count: 3, base: 1 },
  arms: [
    { name: 'weighted-linear', loss: { name: 'weighted-bce' }, threshold: 0.5 },
    { name: 'threshold-linear', loss: { name: 'bce' }, threshold: 'cost' },
    {
      name: 'weighted-mlp',
      classifier: { hidden: [32, 32] },
      loss: { name: 'weighted-bce' },
      threshold: 0.5,
    },
    {
      name: 'threshold-mlp',
      classifier: { hidden: [32, 32] },
      loss: { name: 'bce' },
      threshold: 'cost',
    },
  ],
  sweep: {
    axes: [
      { path: 'task.costs.falseNegative', values: [2, 10, 50] },
      { path: 'task.numTrain', values: [500, 4000] },
    ],
  },
} satisfies ExperimentSpecInput;

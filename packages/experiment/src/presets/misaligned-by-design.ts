import type { ClaimInput } from '../claims/claim-schema';
import { learnabilityBar } from '../claims/learnability-bar';
import type { ExperimentSpecInput } from '../spec/experiment-schema';

const paper = 'Autor, Caplin, Martin & Marx 2025, "Misaligned by Design" (arXiv 2511.07699)';
const seed = 'seed: misaligned-by-design';

const capacities = {
  linear: { hidden: [] },
  mlp: { hidden: [32] },
} as const;
type Capacity = keyof typeof capacities;

/**
 * The ex-post arm of a capacity must clear the offline learnability bar (held-out AUC). Every
 * claim predicts the weighted arm does worse, its learning included, so its figure is
 * reported beside each verdict, not gated (claims/learnability-bar).
 */
function gate(capacity: Capacity): ClaimInput['gate'] {
  return { ...learnabilityBar.offline, arms: [`threshold-${capacity}`] };
}

/**
 * One claim per capacity, judged at every grid point (cost ratio × training-set size): the
 * ex-post arm (plain BCE, threshold 1/(1+r)) minus the weighted arm (cost-weighted BCE,
 * threshold 0.5), paired by seed.
 */
function exPostVersusWeighted(
  capacity: Capacity,
  id: string,
  statement: string,
  source: string,
  metric: string,
  expected: 'positive' | 'negative',
): ClaimInput {
  return {
    id: `${id}-${capacity}`,
    statement: `${statement} (${capacity === 'linear' ? 'misspecified linear model' : 'MLP'})`,
    source,
    metric,
    compare: { kind: 'arms', arm: `threshold-${capacity}`, reference: `weighted-${capacity}` },
    expected,
    gate: gate(capacity),
  };
}

const claims: ClaimInput[] = (['linear', 'mlp'] as const).flatMap((capacity) => [
  exPostVersusWeighted(
    capacity,
    'ex-post-lower-cost',
    'Plain loss plus an ex-post threshold reaches a lower held-out expected cost than the ' +
      'cost-weighted loss, on the very cost the weights encode',
    paper,
    'heldOutExpectedCost',
    'negative',
  ),
  exPostVersusWeighted(
    capacity,
    'ex-post-lower-weighted-loss',
    "Ex-post weighting beats weighted training on the machine's own objective: the held-out " +
      'cost-weighted log loss (the ex-post arm re-tilted by r)',
    paper,
    'weightedLogLoss',
    'negative',
  ),
  exPostVersusWeighted(
    capacity,
    'weighting-learns-less',
    'The weighted loss weakens learning: its scores rank held-out examples worse (AUC; the ' +
      'cost tilt is monotone, so this is learning, not choosing)',
    paper,
    'auc',
    'positive',
  ),
  exPostVersusWeighted(
    capacity,
    'weighting-worse-calibrated',
    "Baking the costs into training makes the predictions worse: the weighted arm's " +
      'probabilities are less calibrated even after its tilt is taken out',
    seed,
    'ece',
    'negative',
  ),
]);

// A linear model has no hidden layer, so the probe is reported for the MLP arms only.
claims.push({
  id: 'weighting-weakens-representation-mlp',
  statement:
    'The weighted loss weakens representation learning: a linear probe on the hidden layer ' +
    'separates the classes less well (MLP)',
  source: paper,
  metric: 'probeAuc',
  compare: { kind: 'arms', arm: 'threshold-mlp', reference: 'weighted-mlp' },
  expected: 'positive',
  gate: gate('mlp'),
});

/**
 * Costs in the loss vs costs at decision time, over cost ratios, training-set sizes and two
 * capacities. Design (packages/experiment/README.md, "misaligned-by-design"):
 * - the task: sim's classification task, 16 features, half its score's variance in an
 *   interaction no linear model can represent (so the linear model is misspecified), base
 *   rate 0.3, signal 3, and no label noise, so the Bayes rule at every cost ratio below is
 *   a real classifier (with noise ε every example is positive once r ≥ (1 − ε)/ε);
 * - r = c_FN/c_FP ∈ {2, 5, 10, 20} (c_FP = 1): thresholds 1/3 down to 1/21;
 * - numTrain ∈ {500, 2,000, 10,000}, 20% of it carved out (seeded) for validation; the
 *   test set (10,000) is the same at every size;
 * - every arm is trained until its own validation loss has not improved for 10 epochs (at
 *   most 200; batches of 32, Adam at 0.01, L2 1e-4) and judged with its best epoch's weights;
 * - the weighted arm's class weights are normalised to mean 1 (same minimiser), and its
 *   calibration is judged on the de-tilted probability q/(q + r(1 − q)).
 * Seeds: 10. claims/seed-count's rule (power 0.8 at the 95% level) on a 4-seed pilot, with
 * smallest effects that matter of 0.02 expected cost per example (4–9% of the Bayes cost), 0.02
 * weighted log loss, 0.01 AUC or probe AUC and 0.01 ECE, asks for 5–9 seeds in most cells with
 * numTrain ≥ 2,000 (cost: 5–8, AUC: 5–9, probe: 5–9), more where the MLP's weighted arm is
 * unstable (cost at r = 20: 15 and 33, weighted log loss at r ≥ 10: 26–57, MLP ECE: up to 42),
 * and 13 to more than 200 in the numTrain = 500 cells at r ≥ 10, whose per-seed spread is as
 * large as the effects. 10 seeds (the minimum) keep the preset near 3 minutes on 2
 * cores; the cells they cannot resolve are reported as "no effect", which here means
 * "under-powered", not "equal" — more seeds (--seeds) for a closer look at one of them.
 */
export const misalignedByDesign = {
  name: 'misaligned-by-design',
  preset: 'misaligned-by-design',
  description:
    'An offline binary task with known true probabilities (half of its signal in an ' +
    'interaction no linear model can represent, no label noise). Each classifier is trained ' +
    'either with cost-weighted BCE and thresholded at 0.5, or with plain BCE and thresholded ' +
    'ex post at the Bayes threshold cFP/(cFP+cFN); linear vs one hidden layer of 32; swept ' +
    'over the cost ratio r = cFN/cFP ∈ {2, 5, 10, 20} and the training-set size ' +
    '{500, 2,000, 10,000}. Every arm trains until its validation loss stops improving and is ' +
    'judged on 10,000 held-out examples at its best epoch (chosenEpoch); the weighted arm is ' +
    'judged for calibration on its de-tilted probabilities. A round is one epoch.',
  claims,
  reference: 'weighted-linear',
  highlight: [
    'heldOutExpectedCost',
    'bayesExpectedCost',
    'weightedLogLoss',
    'auc',
    'probeAuc',
    'ece',
    'chosenEpoch',
  ],
  kind: 'offline-classification',
  task: {
    numTrain: 2000,
    numTest: 10000,
    validationShare: 0.2,
    testEveryEpoch: false,
    labelNoise: 0,
    costs: { falsePositive: 1, falseNegative: 5 },
  },
  rounds: 200,
  seeds: { count: 10, base: 1 },
  training: { batchSize: 32, learningRate: 0.01 },
  arms: (['linear', 'mlp'] as const).flatMap((capacity) => [
    {
      name: `weighted-${capacity}`,
      classifier: { hidden: [...capacities[capacity].hidden], l2: 1e-4 },
      loss: { name: 'weighted-bce' as const },
      threshold: 0.5,
      earlyStopping: { patience: 10 },
    },
    {
      name: `threshold-${capacity}`,
      classifier: { hidden: [...capacities[capacity].hidden], l2: 1e-4 },
      loss: { name: 'bce' as const },
      threshold: 'cost' as const,
      earlyStopping: { patience: 10 },
    },
  ]),
  sweep: {
    axes: [
      { path: 'task.costs.falseNegative', values: [2, 5, 10, 20] },
      { path: 'task.numTrain', values: [500, 2000, 10000] },
    ],
  },
} satisfies ExperimentSpecInput;

/**
 * What a loss expects of its predictions, which tells a model how to train a head with it:
 * - `logit`: one logit per example, a probability after σ;
 * - `regression`: one raw value per example in the label's own unit;
 * - `duration-free`: one logit per example, σ of which is a duration-free watch share;
 * - `ranking`: [rows, candidates] scores, a positive and its sampled negatives per row.
 */
export type LossFamily = 'logit' | 'regression' | 'duration-free' | 'ranking';

/**
 * Every loss a spec may name and its family, apart from the loss functions themselves
 * (registry.ts) so that a spec can be checked without loading TensorFlow.js.
 */
const families = {
  bce: 'logit',
  'weighted-bce': 'logit',
  brier: 'logit',
  'bce-brier': 'logit',
  'binary-reward': 'logit',
  'binary-reward-brier': 'logit',
  focal: 'logit',
  'ipw-bce': 'logit',
  mse: 'regression',
  huber: 'regression',
  'duration-debiased': 'duration-free',
  bpr: 'ranking',
  'sampled-softmax': 'ranking',
  'reinforce-softmax': 'ranking',
} as const satisfies Record<string, LossFamily>;

/** Name of a registered loss, as an experiment spec names it. */
export type LossName = keyof typeof families;

export const lossNames = Object.keys(families) as LossName[];

/** `name` as a LossName; throws `unknown loss "x"; known: ...` for any other string. */
export function knownLoss(name: string): LossName {
  if (!Object.hasOwn(families, name)) {
    throw new Error(`unknown loss "${name}"; known: ${lossNames.join(', ')}`);
  }
  return name as LossName;
}

/** How the loss called `name` reads its predictions (see LossFamily). */
export function lossFamily(name: string): LossFamily {
  return families[knownLoss(name)];
}

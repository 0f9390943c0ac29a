import type { ScoringModel, TrainingData } from '@goodhart/core';
import type { Rng } from '@goodhart/random';
import type { World } from '@goodhart/sim';
import { clickOnRows } from './click-on-rows';
import { el2nScores, keepHardest, keepRandom, subsetRows, utilityWeights } from './data-selection';

/** What a feedback arm does to its refit's logs (the arm's `selection` option). */
export type RowSelection =
  | { kind: 'el2n'; prune: number }
  | { kind: 'random'; prune: number }
  | { kind: 'utility-weight'; sharpness: number };

/**
 * The refit's logs after the arm's selection: `el2n` removes the `prune` share of rows with
 * the lowest EL2N score under the model as it stands before the refit (the easiest for it);
 * `random` removes the same share drawn at random (`rng`); `utility-weight` keeps every row
 * and weighs the click loss by utility (data-selection's utilityWeights).
 */
export function selectRows(
  selection: RowSelection,
  data: TrainingData,
  model: ScoringModel,
  world: World,
  rng: Rng,
): TrainingData {
  switch (selection.kind) {
    case 'el2n': {
      const scores = el2nScores(data.clicked, clickOnRows(model, data));
      return subsetRows(data, keepHardest(scores, selection.prune));
    }
    case 'random':
      return subsetRows(data, keepRandom(data.user.length, selection.prune, rng));
    case 'utility-weight':
      return { ...data, clickWeight: utilityWeights(world, data, selection.sharpness) };
  }
}

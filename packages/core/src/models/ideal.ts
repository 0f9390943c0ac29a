import { catalogueOf, checkItemBatch, checkTrainingData } from './internal/check-data';
import type {
  FitResult,
  HeadScores,
  ItemBatch,
  ModelContext,
  ScoringModel,
  TrainingData,
} from './types';

/**
 * The yardstick: scores are the true expected utilities handed in by the caller (core never
 * sees the world). The same scores stand in for every head, so any decision rule with
 * positive weights ranks by true utility.
 */
export class IdealModel implements ScoringModel {
  readonly kind = 'ideal';
  readonly heads = ['click', 'satisfaction', 'watchTime'] as const;
  private readonly trueScores: (users: Int32Array, into?: Float32Array) => Float32Array;
  private readonly catalogue: { numUsers: number; numItems: number; itemFeatureDim: number };

  constructor(context: ModelContext) {
    if (typeof context.trueScores !== 'function') {
      throw new Error('createModel: the ideal model needs context.trueScores(users)');
    }
    this.trueScores = context.trueScores;
    this.catalogue = catalogueOf(context);
  }

  fit(data: TrainingData): FitResult {
    checkTrainingData(data, this.catalogue);
    return { loss: 0, lossByHead: {}, examples: data.user.length };
  }

  predict(users: Int32Array, items: ItemBatch, into?: HeadScores): HeadScores {
    checkItemBatch(users, items, this.catalogue, true);
    // One array serves every head, so the click buffer (if given) takes it.
    const scores = this.trueScores(users, into?.click);
    if (!(scores instanceof Float32Array) || scores.length !== users.length * items.numItems) {
      throw new Error(
        `predict: trueScores must return a Float32Array of users.length * numItems (${users.length * items.numItems}) entries`,
      );
    }
    return { click: scores, satisfaction: scores, watchTime: scores };
  }

  dispose(): void {}
}

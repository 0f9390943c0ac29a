import type { Rng } from '@goodhart/random';
import { catalogueOf, checkItemBatch, checkTrainingData } from './internal/check-data';
import { headScoreArray } from './score-buffers';
import type {
  FitResult,
  HeadScores,
  ItemBatch,
  ModelContext,
  ScoringModel,
  TrainingData,
} from './types';

/** Uniform random scores, fresh at every predict: the recommender that learns nothing. */
export class RandomModel implements ScoringModel {
  readonly kind = 'random';
  readonly heads = ['click'] as const;
  private readonly rng: Rng;
  private readonly catalogue: { numUsers: number; numItems: number; itemFeatureDim: number };

  constructor(context: ModelContext) {
    this.rng = context.rng.fork(4);
    this.catalogue = catalogueOf(context);
  }

  fit(data: TrainingData): FitResult {
    checkTrainingData(data, this.catalogue);
    return { loss: 0, lossByHead: {}, examples: data.user.length };
  }

  predict(users: Int32Array, items: ItemBatch, into?: HeadScores): HeadScores {
    checkItemBatch(users, items, this.catalogue, false);
    const click = headScoreArray(into, 'click', users.length * items.numItems);
    for (let k = 0; k < click.length; k++) click[k] = this.rng.next();
    return { click };
  }

  dispose(): void {}
}

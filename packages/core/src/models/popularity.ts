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

/**
 * Scores each item by its share of all clicks seen so far, the same for every user. Each fit
 * adds its logs to the counts, so pass only new logs each round. Before any click every item
 * scores 1 / numItems.
 */
export class PopularityModel implements ScoringModel {
  readonly kind = 'popularity';
  readonly heads = ['click'] as const;
  private readonly clicks: Float64Array;
  private totalClicks = 0;
  private readonly catalogue: { numUsers: number; numItems: number; itemFeatureDim: number };

  constructor(context: ModelContext) {
    this.catalogue = catalogueOf(context);
    this.clicks = new Float64Array(context.numItems);
  }

  fit(data: TrainingData): FitResult {
    checkTrainingData(data, this.catalogue);
    for (let r = 0; r < data.item.length; r++) {
      if (data.clicked[r]! > 0) {
        this.clicks[data.item[r]!]! += 1;
        this.totalClicks += 1;
      }
    }
    return { loss: 0, lossByHead: {}, examples: data.item.length };
  }

  predict(users: Int32Array, items: ItemBatch, into?: HeadScores): HeadScores {
    checkItemBatch(users, items, this.catalogue, true);
    const n = items.numItems;
    const share = new Float32Array(n);
    for (let i = 0; i < n; i++)
      share[i] = this.totalClicks > 0 ? this.clicks[i]! / this.totalClicks : 1 / n;
    const click = headScoreArray(into, 'click', users.length * n);
    for (let u = 0; u < users.length; u++) click.set(share, u * n);
    return { click };
  }

  dispose(): void {}
}

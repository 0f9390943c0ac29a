import { catalogueOf, checkItemBatch, checkTrainingData } from './internal/check-data';
import { solveSpd } from './internal/linear-algebra';
import { headScoreArray } from './score-buffers';
import type { ModelSpec } from './spec';
import type {
  FitResult,
  HeadScores,
  ItemBatch,
  ModelContext,
  ScoringModel,
  TrainingData,
} from './types';

type ContentSpec = Extract<ModelSpec, { kind: 'content' }>;

/**
 * Content filtering: each user's profile is a ridge regression of their clicks (1) and
 * skips (0) on the features of the items they were shown, plus an intercept; an item's score
 * is its features dotted with the profile, clipped to [0, 1]. The ridge pulls a profile
 * toward the population's (the same regression pooled over everyone), so a user with few
 * logs gets the population's taste rather than zeros. Fits keep sufficient statistics
 * (XᵀX, Xᵀy per user), so calling fit again with new logs is exact warm start.
 */
export class ContentModel implements ScoringModel {
  readonly kind = 'content';
  readonly heads = ['click'] as const;
  private readonly catalogue: { numUsers: number; numItems: number; itemFeatureDim: number };
  private readonly width: number;
  private readonly gram: Float64Array;
  private readonly moment: Float64Array;
  private readonly lambda: number;
  private profiles: Float64Array | undefined;

  constructor(spec: ContentSpec, context: ModelContext) {
    this.catalogue = catalogueOf(context);
    this.lambda = spec.l2;
    this.width = context.itemFeatureDim + 1;
    this.gram = new Float64Array(context.numUsers * this.width * this.width);
    this.moment = new Float64Array(context.numUsers * this.width);
  }

  fit(data: TrainingData): FitResult {
    checkTrainingData(data, this.catalogue);
    const w = this.width;
    const dim = data.itemFeatureDim;
    const x = new Float64Array(w);
    for (let r = 0; r < data.user.length; r++) {
      const u = data.user[r]!;
      const offset = data.item[r]! * dim;
      for (let j = 0; j < dim; j++) x[j] = data.itemFeatures[offset + j]!;
      x[dim] = 1;
      const gram = u * w * w;
      for (let a = 0; a < w; a++) {
        for (let b = 0; b < w; b++) this.gram[gram + a * w + b]! += x[a]! * x[b]!;
        this.moment[u * w + a]! += x[a]! * data.clicked[r]!;
      }
    }
    this.profiles = undefined;
    return { loss: 0, lossByHead: {}, examples: data.user.length };
  }

  /** Every user's profile (numUsers × width), solved once per fit. */
  private solveProfiles(): Float64Array {
    const w = this.width;
    const { numUsers } = this.catalogue;
    const pooledGram = new Float64Array(w * w);
    const pooledMoment = new Float64Array(w);
    for (let u = 0; u < numUsers; u++) {
      for (let k = 0; k < w * w; k++) pooledGram[k]! += this.gram[u * w * w + k]!;
      for (let k = 0; k < w; k++) pooledMoment[k]! += this.moment[u * w + k]!;
    }
    for (let k = 0; k < w; k++) pooledGram[k * w + k]! += this.lambda;
    const population = solveSpd(pooledGram, pooledMoment, w);
    const profiles = new Float64Array(numUsers * w);
    const gram = new Float64Array(w * w);
    const rhs = new Float64Array(w);
    for (let u = 0; u < numUsers; u++) {
      gram.set(this.gram.subarray(u * w * w, (u + 1) * w * w));
      for (let k = 0; k < w; k++) {
        gram[k * w + k]! += this.lambda;
        rhs[k] = this.moment[u * w + k]! + this.lambda * population[k]!;
      }
      profiles.set(solveSpd(gram, rhs, w), u * w);
    }
    return profiles;
  }

  predict(users: Int32Array, items: ItemBatch, into?: HeadScores): HeadScores {
    checkItemBatch(users, items, this.catalogue, false);
    this.profiles ??= this.solveProfiles();
    const w = this.width;
    const dim = items.itemFeatureDim;
    const n = items.numItems;
    const click = headScoreArray(into, 'click', users.length * n);
    for (let a = 0; a < users.length; a++) {
      const p = users[a]! * w;
      for (let i = 0; i < n; i++) {
        let score = this.profiles[p + dim]!;
        for (let j = 0; j < dim; j++)
          score += this.profiles[p + j]! * items.itemFeatures[i * dim + j]!;
        click[a * n + i] = Math.min(1, Math.max(0, score));
      }
    }
    return { click };
  }

  dispose(): void {}
}

import type { Rng } from '@goodhart/random';

/** The outputs a model can learn: click probability, satisfaction probability, watch time. */
export type HeadName = 'click' | 'satisfaction' | 'watchTime';

/** Every head, in the order models lay them out. */
export const headNames: readonly HeadName[] = ['click', 'satisfaction', 'watchTime'];

/**
 * Scores per head, each users.length * numItems (row = user, column = item): probabilities
 * for click and satisfaction, expected watch time (in the log's unit) for watchTime.
 */
export type HeadScores = Partial<Record<HeadName, Float32Array>>;

/** Logged impressions to learn from: one entry per impression in each array. */
export interface TrainingData {
  user: Int32Array;
  item: Int32Array;
  /** 0-based slot in the slate. */
  position: Int32Array;
  clicked: Uint8Array;
  /**
   * A soft label in [0, 1] per impression that the click head learns in place of `clicked`
   * (e.g. a teacher's click probability for the logged impression); absent: the clicks. The
   * ranking losses still read `clicked`, which says which rows were clicked.
   */
  clickTarget?: Float32Array;
  /**
   * A non-negative weight per impression for the click head's loss (a batch's loss is then
   * Σ w·loss / Σ w, so only the weights' ratios matter); absent: every row weighs 1.
   */
  clickWeight?: Float32Array;
  watchTime: Float32Array;
  /** Explicit satisfaction in [0, 1]; NaN where not observed. */
  satisfaction: Float32Array;
  /** Probability the impression was examined, for inverse-propensity weighting. */
  propensity?: Float32Array;
  /** 1 where the user dismissed the item (explicit negative feedback); absent: none logged. */
  dismissed?: Uint8Array;
  numUsers: number;
  numItems: number;
  /** numItems * itemFeatureDim, row-major. */
  itemFeatures: Float32Array;
  itemFeatureDim: number;
  /** Duration of each item (numItems), for the duration-debiased watch-time loss. */
  itemDuration?: Float32Array;
}

/** The catalogue to score: items 0..numItems-1 and their features. */
export interface ItemBatch {
  numItems: number;
  /** numItems * itemFeatureDim, row-major. */
  itemFeatures: Float32Array;
  itemFeatureDim: number;
}

/** Overrides of the model's own training schedule for one fit. */
export interface FitOptions {
  epochs?: number;
  batchSize?: number;
  learningRate?: number;
}

export interface FitResult {
  /** Mean training loss over the last epoch (weighted sum of heads plus regularisation). */
  loss: number;
  /** Mean loss of each head over the last epoch, before its weight. */
  lossByHead: Record<string, number>;
  /** Training examples processed by this fit (rows × epochs). */
  examples: number;
}

/**
 * A recommender's scorer. `fit` may be called again with new logs and continues from where
 * the last fit stopped (warm start); `predict` scores every item for each user.
 */
export interface ScoringModel {
  readonly kind: string;
  readonly heads: readonly HeadName[];
  fit(data: TrainingData, options?: FitOptions): FitResult;
  /**
   * Scores every item for each user. With `into` (at least users.length × numItems floats per
   * head; see HeadScoreBuffers) a model may write its scores there and return views of them,
   * so one call's scores can be overwritten by the next call given the same `into`.
   */
  predict(users: Int32Array, items: ItemBatch, into?: HeadScores): HeadScores;
  /** Frees every tensor the model holds; the model cannot be used afterwards. */
  dispose(): void;
}

/**
 * Who follows whom, in compressed sparse rows: user u's friends are neighbours[offsets[u]] ..
 * neighbours[offsets[u + 1] - 1]. Observable to a platform, unlike preferences.
 */
export interface SocialGraphInput {
  offsets: Int32Array;
  neighbours: Int32Array;
}

/**
 * What every model is built for; `trueScores` is only read by the `ideal` model, `socialGraph`
 * only by the `social` model.
 */
export interface ModelContext {
  numUsers: number;
  numItems: number;
  itemFeatureDim: number;
  rng: Rng;
  /** Expected true utility of every item for each user (users.length * numItems). */
  trueScores?: (users: Int32Array, into?: Float32Array) => Float32Array;
  socialGraph?: SocialGraphInput;
}

import type { Rng } from '@goodhart/random';
import { atLeast } from '../models/score-buffers';
import type { HeadScores } from '../models/types';
import { combineHeads, sumsHeads } from './combine-heads';
import { type DecisionRuleSpecInput, decisionRuleSpecSchema } from './decision-rule-spec';
import { epsilonGreedy, softmaxSample } from './exploration';
import { mmrRerank } from './mmr';
import { randTopK } from './rand-top-k';
import { topK } from './top-k';

export interface DecisionContext {
  /** Users scored (rows of every head). */
  rows: number;
  /** Items scored (columns). */
  cols: number;
  /** Slate size. */
  k: number;
  /** Needed by exploration. */
  rng?: Rng;
  /** Needed by MMR. */
  itemFeatures?: Float32Array;
  itemFeatureDim?: number;
  /** 1 = never recommend; rows × cols, or cols for every row. */
  exclude?: Uint8Array;
  /**
   * Filled, when given (at least `rows` long), with 1 for each row whose slate order was
   * randomised (rand-top-k exploration) and 0 otherwise: the logs' record of which
   * impressions were placed at random, for estimating the examination curve.
   */
  randomised?: Uint8Array;
}

/** Turns a model's head scores into slates: rows × k item ids, best first. */
export type DecisionRule = (heads: HeadScores, context: DecisionContext) => Int32Array;

/**
 * Builds the decision stage, kept apart from learning: score = Σ w_h·head_h; with softmax
 * exploration the score is Gumbel-perturbed (so the slate is sampled); then top-k, or MMR
 * re-ranking if asked; finally epsilon-greedy replaces slots at random, or rand-top-k
 * shuffles a share of the slates within themselves.
 */
export function createDecisionRule(input: DecisionRuleSpecInput): DecisionRule {
  const parsed = decisionRuleSpecSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(spec)'}: ${i.message}`);
    throw new Error(`invalid decision rule: ${issues.join('; ')}`);
  }
  const spec = parsed.data;
  // The weighted sum of several heads, kept between calls: a fresh users × items array each
  // call is paged in anew, which costs more than the sum (see HeadScoreBuffers). A lone head
  // of weight 1 is ranked as it is and needs none.
  const sums = sumsHeads(spec.weights);
  let combined: Float32Array | undefined;
  return (heads, context) => {
    const { rows, cols, k, rng, exclude } = context;
    const exploration = spec.exploration;
    if (exploration !== undefined && rng === undefined) {
      throw new Error(`decision rule: ${exploration.kind} exploration needs context.rng`);
    }
    if (sums) combined = atLeast(combined, rows * cols);
    let scores = combineHeads(heads, spec.weights, combined);
    if (exploration?.kind === 'softmax')
      scores = softmaxSample(rng as Rng, exploration.temperature)(scores);
    let slates: Int32Array;
    if (spec.rerank === undefined) {
      slates = topK(scores, rows, cols, k, exclude);
    } else {
      const { itemFeatures, itemFeatureDim } = context;
      if (itemFeatures === undefined || itemFeatureDim === undefined) {
        throw new Error(
          'decision rule: MMR re-ranking needs context.itemFeatures and itemFeatureDim',
        );
      }
      const { lambda, poolSize } = spec.rerank;
      slates = mmrRerank({
        scores,
        rows,
        cols,
        k,
        itemFeatures,
        itemFeatureDim,
        lambda,
        poolSize,
        exclude,
      });
    }
    if (exploration?.kind === 'epsilon-greedy') {
      slates = epsilonGreedy(rng as Rng, exploration.epsilon)(slates, rows, k, cols, exclude);
    }
    if (exploration?.kind === 'rand-top-k') {
      slates = randTopK(rng as Rng, exploration.share)(slates, rows, k, context.randomised);
    } else {
      context.randomised?.fill(0, 0, rows);
    }
    return slates;
  };
}

import { AttributeScorer, GramNnls, selectTopK } from '@goodhart/core';
import type { RecommendPhases, TrecsRecommender } from './recommender';

/**
 * The "before" of the optimisations, for the README's figures: what a direct translation of
 * T-RECS does. It keeps every user's interaction counts (users × items), recomputes Aᵀc_u
 * from them and solves every NNLS from zero at each refit, scores the whole users × items
 * matrix at once, and ranks each row by a full sort (or, with `partialSelection`, by
 * selectTopK). Only ever used by `pnpm bench -- --baseline`.
 */
export class StraightforwardRecommender implements TrecsRecommender {
  readonly label: string;
  private readonly counts: Int32Array;
  private readonly scores: Float64Array;
  private readonly profiles: Float64Array;
  private readonly moments: Float64Array;
  private readonly scorer: AttributeScorer;
  private readonly solver: GramNnls;

  constructor(
    private readonly itemAttributes: Float32Array,
    private readonly numItems: number,
    private readonly numAttributes: number,
    private readonly numUsers: number,
    private readonly k: number,
    private readonly partialSelection: boolean,
  ) {
    this.label = partialSelection
      ? 'full matrix, partial top-k, NNLS recomputed'
      : 'full matrix, full sort, NNLS recomputed';
    this.counts = new Int32Array(numUsers * numItems);
    this.scores = new Float64Array(numUsers * numItems);
    this.profiles = new Float64Array(numUsers * numAttributes);
    this.moments = new Float64Array(numAttributes);
    this.scorer = new AttributeScorer(itemAttributes, numItems, numAttributes, 'dense');
    const a = numAttributes;
    const gram = new Float64Array(a * a);
    for (let i = 0; i < numItems; i++) {
      for (let r = 0; r < a; r++) {
        for (let c = 0; c < a; c++) {
          gram[r * a + c]! += itemAttributes[i * a + r]! * itemAttributes[i * a + c]!;
        }
      }
    }
    this.solver = new GramNnls(gram, a);
  }

  async record(chosen: Int32Array): Promise<void> {
    for (let u = 0; u < this.numUsers; u++) this.counts[u * this.numItems + chosen[u]!]!++;
  }

  async train(chosen: Int32Array): Promise<number> {
    const start = performance.now();
    await this.record(chosen);
    const { numItems: n, numAttributes: a, counts, itemAttributes, moments } = this;
    for (let u = 0; u < this.numUsers; u++) {
      moments.fill(0);
      for (let i = 0; i < n; i++) {
        const c = counts[u * n + i]!;
        for (let j = 0; j < a; j++) moments[j]! += c * itemAttributes[i * a + j]!;
      }
      this.profiles.fill(0, u * a, (u + 1) * a);
      this.solver.solve(moments, 0, this.profiles, u * a);
    }
    return performance.now() - start;
  }

  async recommend(slates: Int32Array): Promise<RecommendPhases> {
    const { numItems: n, k, scores } = this;
    const start = performance.now();
    this.scorer.scoreRows(this.profiles, 0, this.numUsers, scores);
    const scored = performance.now();
    if (this.partialSelection) {
      selectTopK(scores, this.numUsers, n, k, slates, 0);
    } else {
      const order = new Int32Array(n);
      for (let u = 0; u < this.numUsers; u++) {
        const row = scores.subarray(u * n, (u + 1) * n);
        for (let i = 0; i < n; i++) order[i] = i;
        order.sort((x, y) => row[y]! - row[x]! || x - y);
        slates.set(order.subarray(0, k), u * k);
      }
    }
    return {
      scoringMs: scored - start,
      selectionMs: performance.now() - scored,
      candidateMs: 0,
      rescoredUsers: this.numUsers,
    };
  }

  async close(): Promise<void> {}
}

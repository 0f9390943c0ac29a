import { NnlsContentFilter, type NnlsContentFilterOptions } from '@goodhart/core';
import type { RecommendPhases, TrecsRecommender } from './recommender';

/** core's NnlsContentFilter on the main thread. */
export class MainThreadRecommender implements TrecsRecommender {
  readonly label: string;
  private readonly model: NnlsContentFilter;
  private readonly k: number;

  constructor(
    itemAttributes: Float32Array,
    numItems: number,
    numAttributes: number,
    numUsers: number,
    k: number,
    options: NnlsContentFilterOptions = {},
    label = 'NnlsContentFilter, main thread',
  ) {
    this.model = new NnlsContentFilter(itemAttributes, numItems, numAttributes, numUsers, options);
    this.k = k;
    this.label = label;
  }

  async record(chosen: Int32Array): Promise<void> {
    this.model.addInteractions(chosen);
  }

  async train(chosen: Int32Array): Promise<number> {
    const start = performance.now();
    this.model.addInteractions(chosen);
    this.model.refit();
    return performance.now() - start;
  }

  async recommend(slates: Int32Array): Promise<RecommendPhases> {
    const timings = { scoringMs: 0, selectionMs: 0, candidateMs: 0, rescoredUsers: 0 };
    this.model.recommend(this.k, slates, timings);
    return timings;
  }

  async close(): Promise<void> {}
}

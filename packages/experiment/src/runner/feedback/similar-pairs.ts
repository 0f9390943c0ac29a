import { consumedSetsFromLog, homogenizationOfPairs, mostSimilarUsers } from '@goodhart/metrics';
import type { ConsumptionHistory } from './consumption';

/**
 * Chaney, Stewart & Engelhardt's pairs (RecSys 2018): each user with the user whose true
 * preferences are most similar (cosine), fixed at the start of the run. Arms of one seed share
 * the world, so they share these pairs, and the paired difference of an arm's
 * `homogenizationSimilarPairs` against the ideal arm's is their "change in Jaccard index
 * relative to ideal".
 */
export class SimilarPairs {
  private readonly first: Int32Array;
  private readonly second: Int32Array;

  constructor(preferences: Float32Array, numUsers: number, topicDim: number) {
    this.first = Int32Array.from({ length: numUsers }, (_, u) => u);
    this.second = mostSimilarUsers(preferences, topicDim);
  }

  /** Mean Jaccard similarity of the pairs' consumed sets (every click so far). */
  homogenization(consumption: ConsumptionHistory, numUsers: number): number {
    const history = consumption.pairs();
    if (history.numIdentities === 0) return Number.NaN;
    const sets = consumedSetsFromLog(history.users, history.items, numUsers, history.numIdentities);
    return homogenizationOfPairs(sets, this.first, this.second);
  }
}

import {
  requireBinary,
  requireFinite,
  requireNonEmpty,
  requireSameLength,
} from './internal/validate';

/**
 * Area under the ROC curve: the probability that a random positive is scored above a random
 * negative, ties counting one half (the Mann-Whitney statistic, with mid-ranks for tied
 * scores). 1 = perfect ranking, 0.5 = no better than chance. Used for "relevance recovered":
 * how well a model's scores rank items by their true relevance labels.
 * NaN when the labels hold only one class (the ranking has nothing to separate).
 */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const metric = 'auc';
  requireNonEmpty(metric, 'scores', scores);
  requireSameLength(metric, 'labels', labels, 'scores', scores);
  requireFinite(metric, 'scores', scores);
  requireBinary(metric, 'labels', labels);
  const n = scores.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += labels[i];
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;

  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => scores[a] - scores[b]);
  // Sum of the positives' 1-based ranks, each tie group sharing its mean rank.
  let rankSum = 0;
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && scores[order[end]] === scores[order[start]]) end++;
    const meanRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) rankSum += labels[order[k]] * meanRank;
    start = end;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

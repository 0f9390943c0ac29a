import {
  requireBinary,
  requireFinite,
  requireNonEmpty,
  requireSameLength,
} from './internal/validate';

/**
 * Area under the ROC curve: the probability that a random positive is scored above a random
 * negative, ties counting one half (the Mann-Whitney statistic; the same as ranking with
 * mid-ranks for tied scores). 1 = perfect ranking, 0.5 = no better than chance. Used for
 * "relevance recovered": how well a model's scores rank items by their true relevance labels.
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
  for (let i = 0; i < n; i++) positives += labels[i]!;
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;

  // Native numeric sorts of the two classes' scores, then one merge: for each positive, the
  // negatives strictly below it count 1 and those tied with it count 1/2.
  const positiveScores = new Float64Array(positives);
  const negativeScores = new Float64Array(negatives);
  for (let i = 0, p = 0, q = 0; i < n; i++) {
    if (labels[i] === 1) positiveScores[p++] = scores[i]!;
    else negativeScores[q++] = scores[i]!;
  }
  positiveScores.sort();
  negativeScores.sort();
  let below = 0;
  let belowOrTied = 0;
  let wins = 0;
  for (let k = 0; k < positives; k++) {
    const s = positiveScores[k]!;
    while (below < negatives && negativeScores[below]! < s) below++;
    if (belowOrTied < below) belowOrTied = below;
    while (belowOrTied < negatives && negativeScores[belowOrTied]! <= s) belowOrTied++;
    wins += below + 0.5 * (belowOrTied - below);
  }
  return wins / (positives * negatives);
}

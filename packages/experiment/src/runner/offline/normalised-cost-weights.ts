/**
 * Class weights for a cost-weighted loss: positives r = c_FN / c_FP times the negatives,
 * scaled so that their mean over `labels` is 1: positive = r / (πr + 1 − π), negative =
 * 1 / (πr + 1 − π), π the share of positives. A constant factor leaves the loss's minimiser
 * (the tilted probability) alone, and keeps the loss on the scale of plain BCE, so one L2
 * weight and one learning rate mean the same at every cost ratio.
 */
export function normalisedCostWeights(
  ratio: number,
  labels: ArrayLike<number>,
): { positive: number; negative: number } {
  if (!(ratio > 0) || !Number.isFinite(ratio)) {
    throw new Error(`normalisedCostWeights: ratio must be a finite number > 0, got ${ratio}`);
  }
  if (labels.length === 0) throw new Error('normalisedCostWeights: no labels');
  let positives = 0;
  for (let r = 0; r < labels.length; r++) positives += labels[r]!;
  const share = positives / labels.length;
  const mean = share * ratio + 1 - share;
  return { positive: ratio / mean, negative: 1 / mean };
}

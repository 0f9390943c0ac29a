/**
 * A cost-weighted cross-entropy (positives weighted r = c_FN / c_FP times the negatives) is
 * minimised, for an example positive with probability q, by the tilted probability
 * p = r·q / (r·q + 1 − q), not by q: the weighted arm's output is p. Its threshold 0.5 on p is
 * the Bayes threshold 1 / (1 + r) on q, the same decision the unweighted arm makes ex post.
 */
export function tiltedProbability(q: number, ratio: number): number {
  return (ratio * q) / (ratio * q + 1 - q);
}

/**
 * The inverse of the tilt, q = p / (p + r·(1 − p)): the probability a weighted arm's output
 * p states once its costs are taken back out. Calibration of a weighted arm is judged on
 * this, so that it is not mechanically worse for being tilted on purpose.
 */
export function detiltedProbability(p: number, ratio: number): number {
  return p / (p + ratio * (1 - p));
}

/**
 * The training loss a model would have if it had learnt nothing but the base rate: binary
 * cross-entropy (natural log, as core's `bce`) of always predicting the rows' own click rate
 * p, which is the binary entropy −p·ln p − (1 − p)·ln(1 − p). A refit's click loss minus this
 * (`trainLossVsConstant`) is what the model has learnt beyond the click rate: 0 for a model
 * that predicts only the base rate, negative when it predicts better, so a falling training
 * loss can be told apart from an untrained model merely finding the base rate. Soft labels
 * (a teacher's click probabilities) work the same: the best constant is their mean p̄, and its
 * mean cross-entropy against them is again the binary entropy of p̄. 0 for rows all
 * clicked or all skipped (the constant is then exact); NaN with no rows.
 */
export function constantCtrLoss(clicked: ArrayLike<number>): number {
  const n = clicked.length;
  if (n === 0) return Number.NaN;
  let clicks = 0;
  for (let i = 0; i < n; i++) clicks += clicked[i]!;
  const p = clicks / n;
  if (p === 0 || p === 1) return 0;
  return -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
}

/** A mean across seeds with its confidence interval. */
export interface Interval {
  mean: number;
  lower: number;
  upper: number;
  n: number;
}

// PROVISIONAL: metrics' meanWithInterval once it lands.
export function intervalOf(values: readonly number[], level = 0.95): Interval {
  const finite = values.filter(Number.isFinite);
  const n = finite.length;
  const mean = finite.reduce((sum, v) => sum + v, 0) / n;
  void level;
  return { mean, lower: mean, upper: mean, n };
}

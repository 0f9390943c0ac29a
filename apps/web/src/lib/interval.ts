export interface MeanInterval {
  mean: number;
  low: number;
  high: number;
  n: number;
}

// Two-sided 95% Student-t quantiles for 1..30 degrees of freedom.
const t95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

/**
 * Mean and 95% t-interval of the finite values: few seeds make a wide interval, as they should.
 * One value gives a zero-width interval; none gives NaN.
 */
export function meanInterval95(values: readonly (number | null | undefined)[]): MeanInterval {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const n = finite.length;
  if (n === 0) return { mean: Number.NaN, low: Number.NaN, high: Number.NaN, n };
  const mean = finite.reduce((sum, v) => sum + v, 0) / n;
  if (n === 1) return { mean, low: mean, high: mean, n };
  const variance = finite.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1);
  const t = n - 1 <= t95.length ? t95[n - 2] : 1.96;
  const half = t * Math.sqrt(variance / n);
  return { mean, low: mean - half, high: mean + half, n };
}

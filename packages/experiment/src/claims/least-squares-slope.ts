/**
 * The ordinary least-squares slope of y on x: Σ(x − x̄)(y − ȳ) / Σ(x − x̄)². NaN when x does
 * not vary (no slope to speak of) or the lengths differ.
 */
export function leastSquaresSlope(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n !== y.length || n < 2) return Number.NaN;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += x[i]!;
    sumY += y[i]!;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let cross = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - meanX;
    cross += dx * (y[i]! - meanY);
    squares += dx ** 2;
  }
  return squares === 0 ? Number.NaN : cross / squares;
}

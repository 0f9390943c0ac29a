import { requireNonEmpty, requireNonNegative } from './validate';

// The concentration formulas, parameterised by the calling metric and argument names so that
// exposure and creator metrics report errors in their own terms.

function checkedTotal(metric: string, name: string, amounts: ArrayLike<number>): number {
  requireNonEmpty(metric, name, amounts);
  requireNonNegative(metric, name, amounts);
  let total = 0;
  for (let i = 0; i < amounts.length; i++) total += amounts[i]!;
  return total;
}

/** sum_i (2i - n - 1) x_(i) / (n sum x) over the ascending amounts, i from 1; 0 if all are 0. */
export function gini(metric: string, name: string, amounts: ArrayLike<number>): number {
  const total = checkedTotal(metric, name, amounts);
  if (total === 0) return 0;
  const sorted = Float64Array.from(amounts).sort();
  const n = sorted.length;
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (2 * (i + 1) - n - 1) * sorted[i]!;
  return weighted / (n * total);
}

/** -sum p ln p over the shares; 0 if all amounts are 0. */
export function entropy(metric: string, name: string, amounts: ArrayLike<number>): number {
  const total = checkedTotal(metric, name, amounts);
  if (total === 0) return 0;
  let h = 0;
  for (let i = 0; i < amounts.length; i++) {
    const share = amounts[i]! / total;
    if (share > 0) h -= share * Math.log(share);
  }
  return h;
}

/** Sum of squared shares; 0 if all amounts are 0. */
export function herfindahl(metric: string, name: string, amounts: ArrayLike<number>): number {
  const total = checkedTotal(metric, name, amounts);
  if (total === 0) return 0;
  let sum = 0;
  for (let i = 0; i < amounts.length; i++) {
    const share = amounts[i]! / total;
    sum += share * share;
  }
  return sum;
}

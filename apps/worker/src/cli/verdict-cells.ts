import { type Claim, type ClaimVerdict, describeEffect, formatNumber } from '@goodhart/experiment';

/** What a claim's effect is: `meanWelfare: click − satisfaction`, a slope, or a value. */
export function comparisonText(claim: Claim): string {
  const { compare, metric } = claim;
  switch (compare.kind) {
    case 'arms':
      return `${metric}: ${compare.arm} − ${compare.reference}`;
    case 'zero':
      return `${metric} of ${compare.arm}`;
    case 'trend':
      return `slope of ${metric} of ${compare.arm} over ${compare.axis}`;
  }
}

/** `mean [lower, upper]`; the mean alone for one seed; `-` for none. */
export function effectText({ effect }: ClaimVerdict): string {
  if (effect.n === 0) return '-';
  return effect.n > 1 ? describeEffect(effect) : formatNumber(effect.mean);
}

/** Seeds whose effect has the expected sign, of those counted: `9/10 negative`. */
export function seedsText({ effect, claim }: ClaimVerdict): string {
  return `${effect.agreeing}/${effect.n} ${claim.expected}`;
}

/** Each learner's gate figure against the bar: `mf 0.52 < 0.6, ideal 0.9 ≥ 0.6`; `-` without a gate. */
export function learnabilityText({ learnability }: ClaimVerdict): string {
  if (learnability === undefined) return '-';
  const figures = learnability.arms.map(
    ({ arm, mean }) =>
      `${arm} ${formatNumber(mean)} ${mean >= learnability.min ? '≥' : '<'} ${formatNumber(learnability.min)}`,
  );
  const reported = (learnability.reported ?? []).map(
    ({ arm, mean }) => `${arm} ${formatNumber(mean)} (not gated)`,
  );
  return `${learnability.metric}: ${[...figures, ...reported].join(', ')}`;
}

/** A grid point as `path=value, path=value`; empty without a sweep. */
export function paramsText(params: ClaimVerdict['params']): string {
  return Object.entries(params)
    .map(([path, value]) => `${path}=${value}`)
    .join(', ');
}

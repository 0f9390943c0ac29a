import { formatNumber } from './format';

/** A paired effect as the API sends it (null: not a number). */
export interface EffectLike {
  mean: number | null;
  lower: number | null;
  upper: number | null;
  /** Seeds with a value on both sides. */
  n: number;
  /** Seeds whose difference has the sign in question. */
  agreeing: number;
}

/** `+0.12` for a difference: the sign always shown, since the direction is the finding. */
export function formatSigned(value: number | null): string {
  if (value === null) return '–';
  const text = formatNumber(value);
  return value > 0 ? `+${text}` : text.replace(/^-/, '−');
}

/** `[−0.03, +0.21]`, or '' when there is no interval (fewer than 2 seeds). */
export function formatInterval(effect: EffectLike): string {
  if (effect.n < 2 || effect.lower === null || effect.upper === null) return '';
  return `[${formatSigned(effect.lower)}, ${formatSigned(effect.upper)}]`;
}

/** `9/10`: seeds whose difference has the sign in question, of the seeds with both values. */
export function formatSeeds(effect: EffectLike): string {
  return `${effect.agreeing}/${effect.n}`;
}

/** Whether the 95% interval lies wholly above or below 0 (null: it spans 0 or is missing). */
export function intervalSide(effect: EffectLike): 'above' | 'below' | null {
  if (effect.n < 2 || effect.lower === null || effect.upper === null) return null;
  if (effect.lower > 0) return 'above';
  if (effect.upper < 0) return 'below';
  return null;
}

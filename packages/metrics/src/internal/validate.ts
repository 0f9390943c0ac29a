import { MetricInputError } from '../errors';

// Every check takes the metric's name and the argument's name so that the error tells the
// caller exactly which call and which argument was wrong.

export function requireNonEmpty(metric: string, name: string, values: ArrayLike<number>): void {
  if (values.length === 0) throw new MetricInputError(metric, name, 'must not be empty');
}

export function requireSameLength(
  metric: string,
  name: string,
  values: ArrayLike<number>,
  referenceName: string,
  reference: ArrayLike<number>,
): void {
  if (values.length !== reference.length) {
    throw new MetricInputError(
      metric,
      name,
      `has length ${values.length} but ${referenceName} has length ${reference.length}; ` +
        'they must match',
    );
  }
}

export function requireFinite(metric: string, name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new MetricInputError(metric, name, `must be finite, but [${i}] is ${values[i]}`);
    }
  }
}

export function requireNonNegative(metric: string, name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= 0) || v === Number.POSITIVE_INFINITY) {
      throw new MetricInputError(
        metric,
        name,
        `must be finite and non-negative, but [${i}] is ${v}`,
      );
    }
  }
}

export function requireProbabilities(
  metric: string,
  name: string,
  values: ArrayLike<number>,
): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= 0 && v <= 1)) {
      throw new MetricInputError(
        metric,
        name,
        `must be probabilities in [0, 1], but [${i}] is ${v}`,
      );
    }
  }
}

export function requireBinary(metric: string, name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== 0 && v !== 1) {
      throw new MetricInputError(metric, name, `must contain only 0 and 1, but [${i}] is ${v}`);
    }
  }
}

/** Every entry is an integer id in [0, bound). */
export function requireIds(
  metric: string,
  name: string,
  values: ArrayLike<number>,
  bound: number,
  boundName: string,
): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(Number.isInteger(v) && v >= 0 && v < bound)) {
      throw new MetricInputError(
        metric,
        name,
        `must contain integer ids in [0, ${boundName} = ${bound}), but [${i}] is ${v}`,
      );
    }
  }
}

export function requirePositiveInteger(metric: string, name: string, value: number): void {
  if (!(Number.isInteger(value) && value > 0)) {
    throw new MetricInputError(metric, name, `must be a positive integer, got ${value}`);
  }
}

export function requireNonNegativeNumber(metric: string, name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new MetricInputError(metric, name, `must be a finite non-negative number, got ${value}`);
  }
}

export function requireOpenUnitInterval(metric: string, name: string, value: number): void {
  if (!(value > 0 && value < 1)) {
    throw new MetricInputError(metric, name, `must lie strictly between 0 and 1, got ${value}`);
  }
}

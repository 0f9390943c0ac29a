/**
 * Sweep axes name a field of the spec by a dotted path: `world.click.clickbait`,
 * `task.costs.falseNegative`, `arms.*.decision.weights.click`. Inside `arms` the next
 * segment picks arms: `*` (all), an index (`arms.0...`) or an arm name (`arms.click-bce...`).
 */
export type SweepValue = number | string | boolean;

export class SweepPathError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`sweep path "${path}": ${reason}`);
    this.name = 'SweepPathError';
  }
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A deep copy of `document` with `value` written at `path`, creating missing objects on the
 * way; whether the field is allowed there is for the schema to say when the result is parsed.
 */
export function withValueAt<T>(document: T, path: string, value: SweepValue): T {
  const copy = structuredClone(document) as unknown;
  const segments = path.split('.');
  if (segments.some((segment) => segment === '')) {
    throw new SweepPathError(path, 'empty segment');
  }
  writeAt(copy, segments, value, path);
  return copy as T;
}

function writeAt(target: unknown, segments: string[], value: SweepValue, path: string): void {
  const [head, ...rest] = segments;
  if (head === undefined) {
    throw new SweepPathError(path, 'ends at a list selector: name the field to set inside it');
  }
  if (Array.isArray(target)) {
    const chosen = pickElements(target, head, path);
    for (const element of chosen) writeAt(element, rest, value, path);
    return;
  }
  if (!isObject(target)) {
    throw new SweepPathError(path, `"${head}" is not inside an object`);
  }
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  // A part the spec left to its defaults (world.click) is created; whether it may exist is
  // for the schema to say when the result is parsed.
  if (target[head] === undefined) target[head] = {};
  writeAt(target[head], rest, value, path);
}

function pickElements(list: unknown[], selector: string, path: string): unknown[] {
  if (selector === '*') return list;
  if (/^\d+$/.test(selector)) {
    const index = Number(selector);
    if (index >= list.length) throw new SweepPathError(path, `index ${index} out of range`);
    return [list[index]];
  }
  const named = list.filter((element) => isObject(element) && element.name === selector);
  if (named.length === 0) throw new SweepPathError(path, `no element named "${selector}"`);
  return named;
}

/** Reads and writes a dotted path (`world.numUsers`, `arms.0.name`) in a plain JSON document. */

type Json = unknown;

function segments(path: string): string[] {
  return path === '' ? [] : path.split('.');
}

export function getAt(doc: Json, path: string): unknown {
  let current: unknown = doc;
  for (const key of segments(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * A copy of `doc` with `value` at `path`, creating objects on the way; `undefined` removes the
 * field, so a cleared optional input drops out of the spec instead of becoming `null`.
 */
export function setAt(doc: Json, path: string, value: unknown): Json {
  const keys = segments(path);
  const [head, ...rest] = keys;
  if (head === undefined) return value;
  const container =
    doc !== null && typeof doc === 'object' ? doc : /^\d+$/.test(head) ? [] : ({} as object);
  const copy: Record<string, unknown> | unknown[] = Array.isArray(container)
    ? [...container]
    : { ...(container as Record<string, unknown>) };
  const child = (container as Record<string, unknown>)[head];
  const next = rest.length === 0 ? value : setAt(child, rest.join('.'), value);
  if (next === undefined && !Array.isArray(copy)) {
    delete (copy as Record<string, unknown>)[head];
  } else {
    (copy as Record<string, unknown>)[head] = next;
  }
  return copy;
}

/** A comparison ref: a whole experiment, or one arm of it. */
export interface Ref {
  experimentId: string;
  arm?: string;
}

/** `id1,id2:armName` (the compare page's `ids` query parameter) -> refs, duplicates dropped. */
export function parseRefs(param: string | null): Ref[] {
  if (!param) return [];
  const seen = new Set<string>();
  const refs: Ref[] = [];
  for (const part of param.split(',')) {
    const text = part.trim();
    if (!text || seen.has(text)) continue;
    seen.add(text);
    const colon = text.indexOf(':');
    refs.push(
      colon === -1
        ? { experimentId: text }
        : { experimentId: text.slice(0, colon), arm: text.slice(colon + 1) },
    );
  }
  return refs;
}

export function formatRefs(refs: readonly Ref[]): string {
  return refs.map((r) => (r.arm ? `${r.experimentId}:${r.arm}` : r.experimentId)).join(',');
}

export function sameRef(a: Ref, b: Ref): boolean {
  return a.experimentId === b.experimentId && (a.arm ?? null) === (b.arm ?? null);
}

/** Adds the ref, or removes it when present. */
export function toggleRef(refs: readonly Ref[], ref: Ref): Ref[] {
  return refs.some((r) => sameRef(r, ref)) ? refs.filter((r) => !sameRef(r, ref)) : [...refs, ref];
}

export interface ArmLike {
  name: string;
  model?: { kind?: unknown };
  decision?: { kind?: unknown };
}

/** The spec's arms, or none when the document has no usable arms list. */
export function armsOf(doc: unknown): ArmLike[] {
  const arms = (doc as { arms?: unknown } | null)?.arms;
  if (!Array.isArray(arms)) return [];
  return arms.filter(
    (arm): arm is ArmLike =>
      arm !== null && typeof arm === 'object' && typeof (arm as ArmLike).name === 'string',
  );
}

/** The pool plus any arm of `doc` it lacks (by name): arms written in the JSON editor join it. */
export function mergeArmPool(pool: readonly ArmLike[], doc: unknown): ArmLike[] {
  const merged = [...pool];
  for (const arm of armsOf(doc)) {
    const at = merged.findIndex((a) => a.name === arm.name);
    if (at === -1) merged.push(arm);
    else merged[at] = arm;
  }
  return merged;
}

/** The arms of the pool whose names are chosen, in pool order. */
export function chooseArms(pool: readonly ArmLike[], names: ReadonlySet<string>): ArmLike[] {
  return pool.filter((arm) => names.has(arm.name));
}

/** The name of each of the document's arms by position (undefined where an arm has none). */
export function armNamesAt(doc: unknown): (string | undefined)[] {
  const arms = (doc as { arms?: unknown } | null)?.arms;
  if (!Array.isArray(arms)) return [];
  return arms.map((arm: unknown) => {
    const name = (arm as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? name : undefined;
  });
}

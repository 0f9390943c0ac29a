/** --seeds and --rounds written into the spec document before it is validated. */
export function applyOverrides(
  document: unknown,
  options: { seeds?: number; rounds?: number },
): unknown {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return document;
  const next: Record<string, unknown> = { ...(document as Record<string, unknown>) };
  if (options.rounds !== undefined) next.rounds = options.rounds;
  if (options.seeds !== undefined) {
    const seeds = next.seeds;
    const base =
      seeds !== null && typeof seeds === 'object' ? (seeds as Record<string, unknown>) : {};
    next.seeds = { ...base, count: options.seeds };
  }
  return next;
}

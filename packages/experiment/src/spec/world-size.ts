import type { WorldSpec } from './world-schema';

// PROVISIONAL: replaced by sim's resolveWorldConfig once it lands.
export function resolvedWorldSize(world: WorldSpec): { numUsers: number; numItems: number } {
  return { numUsers: world.numUsers ?? 1_000, numItems: world.numItems ?? 500 };
}

import { resolveWorldConfig } from '@goodhart/sim';
import type { WorldSpec } from './world-schema';

export function resolvedWorldSize(world: WorldSpec): { numUsers: number; numItems: number } {
  const { numUsers, numItems } = resolveWorldConfig(world);
  return { numUsers, numItems };
}

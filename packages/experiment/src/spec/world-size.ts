import { resolveWorldConfig } from '@goodhart/sim';
import type { WorldSpec } from './world-schema';

export function resolvedWorldSize(world: WorldSpec): {
  numUsers: number;
  numItems: number;
  slateSize: number;
} {
  const { numUsers, numItems, slateSize } = resolveWorldConfig(world);
  return { numUsers, numItems, slateSize };
}

import { defaultWorldConfig, type WorldConfig, type WorldConfigInput } from './world-config';
import { WorldConfigError } from './world-config-error';
import { worldConfigSchema } from './world-config-schema';

/**
 * Defaults deep-merged with `partial`, then checked. Throws WorldConfigError naming each field
 * that is out of range, of the wrong type, or unknown. Always returns a fresh object.
 */
export function resolveWorldConfig(partial: WorldConfigInput | WorldConfig = {}): WorldConfig {
  if (!isPlainObject(partial)) {
    throw new WorldConfigError([{ path: '', message: 'must be an object' }]);
  }
  const merged = deepMerge(defaultWorldConfig, partial);
  const parsed = worldConfigSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  throw WorldConfigError.fromZod(parsed.error);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: object, override: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) {
    out[key] = isPlainObject(value) ? deepMerge(value, {}) : value;
  }
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

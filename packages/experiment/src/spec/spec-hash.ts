import { canonicalJson } from '../internal/canonical-json';
import { sha256Hex } from '../internal/sha256';
import type { ExperimentSpecInput } from './experiment-schema';
import { parseSpec } from './parse-spec';

/**
 * A stable id for a spec: SHA-256 of its canonical JSON (keys sorted, defaults filled in),
 * first 16 hex digits. Key order and spelt-out defaults do not change it; any value does.
 */
export function specHash(spec: ExperimentSpecInput): string {
  return sha256Hex(canonicalJson(parseSpec(spec))).slice(0, 16);
}

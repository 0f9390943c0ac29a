import { createHash } from 'node:crypto';
import { canonicalJson } from '../internal/canonical-json';
import type { ExperimentSpecInput } from './experiment-schema';
import { parseSpec } from './parse-spec';

/**
 * A stable id for a spec: SHA-256 of its canonical JSON (keys sorted, defaults filled in),
 * first 16 hex digits. Key order and spelt-out defaults do not change it; any value does.
 * Only servers name specs (the API on submit, the command line), so node:crypto serves.
 */
export function specHash(spec: ExperimentSpecInput): string {
  return createHash('sha256')
    .update(canonicalJson(parseSpec(spec)), 'utf8')
    .digest('hex')
    .slice(0, 16);
}

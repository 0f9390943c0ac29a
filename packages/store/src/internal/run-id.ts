import { createHash } from 'node:crypto';

/**
 * A uuid (version 8, "custom") derived from the experiment id and run key, so a run keeps the
 * same id across re-submissions and stores, and PostgreSQL can hold it in a uuid column.
 */
export function runId(experimentId: string, key: string): string {
  const hex = createHash('sha256').update(`${experimentId}\u0000${key}`).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

import { setTimeout as sleep } from 'node:timers/promises';
import { isTransientStoreError } from '@goodhart/store';

/**
 * Waits between tries of a store call that failed for a transient reason (isTransientStoreError):
 * about 15 s in all, within the PostgreSQL lease (20 s by default), so a database restart of a
 * few seconds costs the run a pause, not its attempt.
 */
export const storeRetryDelaysMs: readonly number[] = [250, 500, 1_000, 2_000, 4_000, 8_000];

/** `call`, tried again after each delay while it fails transiently; other errors at once. */
export async function withStoreRetry<T>(
  call: () => Promise<T>,
  options: { delaysMs?: readonly number[]; onRetry?(error: unknown, waitMs: number): void } = {},
): Promise<T> {
  const delays = options.delaysMs ?? storeRetryDelaysMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !isTransientStoreError(error)) throw error;
      options.onRetry?.(error, delay);
      await sleep(delay);
    }
  }
}

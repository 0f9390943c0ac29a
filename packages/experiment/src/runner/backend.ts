import { initBackend } from '@goodhart/core';

let chosen: Promise<string> | undefined;

/** core's initBackend, once per process; every result names the backend it ran on. */
export function ensureBackend(): Promise<string> {
  chosen ??= initBackend();
  return chosen;
}

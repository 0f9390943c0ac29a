import { RunCancelledError } from './run-result';

/** Throws RunCancelledError when the signal has aborted; called at round boundaries. */
export function throwIfCancelled(signal: AbortSignal | undefined, key: string): void {
  if (signal?.aborted) throw new RunCancelledError(key);
}

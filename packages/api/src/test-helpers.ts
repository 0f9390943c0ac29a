import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore, type Store } from '@goodhart/store';
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { createContext } from './context';
import { createCaller } from './root';

/** A caller over a fresh SQLite store in a temporary directory; `done` removes both. */
export function testApi(
  options: { token?: string; authorization?: string; leaseMs?: number } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-api-'));
  const file = join(dir, 'goodhart.sqlite');
  const store = new SqliteStore({ file, leaseMs: options.leaseMs });
  const callerWith = (authorization?: string) =>
    createCaller(
      createContext({
        store,
        token: options.token ?? '',
        headers: new Headers(authorization ? { authorization } : {}),
      }),
    );
  return {
    store,
    file,
    caller: callerWith(options.authorization),
    callerWith,
    done: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The stack finishRuns gives a run it fails, as a worker passes its error's stack. */
export const failedStack = 'Error: boom\n    at finishRuns (test-helpers.ts:1:1)';

/**
 * Works every queued run as a worker would, with a hand-chosen summary per arm and seed;
 * `'fail'` fails the run, `'leave'` leaves it running.
 */
export async function finishRuns(
  store: Store,
  outcome: (arm: string, seed: number) => Record<string, number> | 'fail' | 'leave',
): Promise<void> {
  for (;;) {
    const claim = await store.claimRun('hand');
    if (claim === null) return;
    const chosen = outcome(claim.arm, claim.seed);
    if (chosen === 'leave') continue;
    if (chosen === 'fail') {
      await store.finishRun(claim, { status: 'failed', error: 'boom', stack: failedStack });
      continue;
    }
    const rounds = [{ round: 0, metrics: chosen }];
    await store.finishRun(claim, { status: 'succeeded', backend: 'cpu', summary: chosen, rounds });
  }
}

/** The TRPCError a call rejects with (the test fails if it resolves or throws anything else). */
export async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

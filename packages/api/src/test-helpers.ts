import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '@goodhart/store';
import { createContext } from './context';
import { createCaller } from './root';

/** A caller over a fresh SQLite store in a temporary directory; `done` removes both. */
export function testApi(
  options: { token?: string; authorization?: string; leaseMs?: number } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-api-'));
  const store = new SqliteStore({ file: join(dir, 'goodhart.sqlite'), leaseMs: options.leaseMs });
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
    caller: callerWith(options.authorization),
    callerWith,
    done: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

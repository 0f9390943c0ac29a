import { openStore, type Store, storeOptionsFromEnv } from '@goodhart/store';

// One store per server process. Kept on globalThis so `next dev` reloading this module does
// not open a second connection to the same file.
const holder = globalThis as typeof globalThis & { goodhartStore?: Store };

/**
 * The store the environment names (DATABASE_URL for PostgreSQL, else the SQLite file in
 * GOODHART_DATA_DIR, else `<repo>/.goodhart`), the same one the worker uses.
 */
export function getStore(): Store {
  holder.goodhartStore ??= openStore(storeOptionsFromEnv());
  return holder.goodhartStore;
}

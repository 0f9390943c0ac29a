/**
 * The store can be read but not written (a read-only data directory or file system): reads
 * go on, every write is refused with this, and the message says what to fix.
 */
export class StoreReadOnlyError extends Error {
  constructor(readonly reason: string) {
    super(`the store is read-only: ${reason}`);
    this.name = 'StoreReadOnlyError';
  }
}

/** SQLite's refusals to write or create, as opposed to errors in what was asked. */
export function isSqliteReadOnlyFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    (code.startsWith('SQLITE_READONLY') ||
      code.startsWith('SQLITE_CANTOPEN') ||
      code === 'EROFS' ||
      code === 'EACCES')
  );
}

/**
 * Errors that say the database is out of reach for a moment (restarting, a dropped
 * connection, a SQLite writer holding the lock past the busy timeout), not that the call was
 * wrong: worth retrying after a pause. Anything else is not retried.
 */
const transientCodes = new Set([
  // Node sockets
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  // PostgreSQL: connection exceptions (08), shutting down or starting (57P01-57P03), and a
  // serialization or deadlock retry (40001, 40P01)
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  '40001',
  '40P01',
  // SQLite
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
]);

const transientMessages = [
  /Connection terminated/i,
  /connection (?:is )?(?:closed|ended|lost)/i,
  /timeout exceeded when trying to connect/i,
  /the database system is (?:starting up|shutting down)/i,
];

export function isTransientStoreError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && transientCodes.has(code)) return true;
  if (transientMessages.some((pattern) => pattern.test(error.message))) return true;
  // AggregateError (a connection tried on several addresses) and wrapped causes.
  const nested = [
    ...((error as { errors?: unknown[] }).errors ?? []),
    (error as { cause?: unknown }).cause,
  ];
  return nested.some((inner) => inner !== error && isTransientStoreError(inner));
}

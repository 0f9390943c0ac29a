// `@goodhart/api/guard`: the request checks and session cookies alone, without the router or
// the store, for the Next.js proxy and routes that must not load the database driver.
export {
  allowedHostsFromEnv,
  assertAllowedHost,
  defaultMaxBatchSize,
  defaultMaxBodyBytes,
  hostName,
  RequestRefused,
} from './request-guard';
export {
  clearedSessionCookie,
  issueSession,
  sameText,
  sessionCookie,
  sessionCookieName,
  sessionFromCookieHeader,
  verifySession,
} from './session';

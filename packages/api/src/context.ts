import type { Store } from '@goodhart/store';
import { sessionFromCookieHeader, verifySession } from './http/session';

export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

export interface CreateContextOptions {
  store: Store;
  /** The request's headers: a fetch `Headers` or Node's plain header object. */
  headers?: HeaderSource;
  /**
   * The shared token every call but health needs. Default: GOODHART_TOKEN from the
   * environment, read now; unset or empty means no token is needed.
   */
  token?: string;
}

export interface Context {
  store: Store;
  /** The bearer token the request presented, if any. */
  presentedToken: string | undefined;
  /** The token the server requires, if any. */
  requiredToken: string | undefined;
  /**
   * The request carries a valid session cookie (see http/session.ts) and comes from this
   * server's own pages: its Origin, when sent, is the Host it was sent to.
   */
  signedIn: boolean;
}

/** Framework-free: the Next.js route, a test or a script each pass a store and headers. */
export function createContext(options: CreateContextOptions): Context {
  const required = options.token ?? process.env.GOODHART_TOKEN;
  const requiredToken = required === undefined || required === '' ? undefined : required;
  const session = sessionFromCookieHeader(readHeader(options.headers, 'cookie'));
  return {
    store: options.store,
    presentedToken: bearerToken(readHeader(options.headers, 'authorization')),
    requiredToken,
    signedIn:
      requiredToken !== undefined &&
      verifySession(session, requiredToken) &&
      sameOrigin(options.headers),
  };
}

/** No Origin (a same-origin GET), or an Origin naming the host the request was sent to. */
function sameOrigin(headers: HeaderSource | undefined): boolean {
  const origin = readHeader(headers, 'origin');
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === readHeader(headers, 'host');
  } catch {
    return false;
  }
}

function readHeader(headers: HeaderSource | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}

import type { Store } from '@goodhart/store';

export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

export interface CreateContextOptions {
  store: Store;
  /** The request's headers: a fetch `Headers` or Node's plain header object. */
  headers?: HeaderSource;
  /**
   * The shared token mutations need. Default: GOODHART_TOKEN from the environment, read now;
   * unset or empty means no token is needed.
   */
  token?: string;
}

export interface Context {
  store: Store;
  /** The bearer token the request presented, if any. */
  presentedToken: string | undefined;
  /** The token the server requires for mutations, if any. */
  requiredToken: string | undefined;
}

/** Framework-free: the Next.js route, a test or a script each pass a store and headers. */
export function createContext(options: CreateContextOptions): Context {
  const required = options.token ?? process.env.GOODHART_TOKEN;
  return {
    store: options.store,
    presentedToken: bearerToken(readHeader(options.headers, 'authorization')),
    requiredToken: required === undefined || required === '' ? undefined : required,
  };
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

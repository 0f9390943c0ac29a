import type { Store } from '@goodhart/store';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createContext } from '../context';
import { appRouter } from '../root';
import {
  allowedHostsFromEnv,
  assertAllowedHost,
  assertBatchSize,
  defaultMaxBatchSize,
  defaultMaxBodyBytes,
  RequestRefused,
  readBodyWithin,
} from './request-guard';

export interface ApiHandlerOptions {
  /** The store, or how to get it (opened on the first call). */
  store: Store | (() => Store);
  /** Where the router is mounted. Default `/api/trpc`. */
  endpoint?: string;
  /** Default GOODHART_TOKEN (see createContext). */
  token?: string;
  /** Default allowedHostsFromEnv(). */
  allowedHosts?: readonly string[];
  maxBodyBytes?: number;
  maxBatchSize?: number;
  /** Told the details of every internal error (callers only get a generic message). */
  logError?(path: string, error: unknown): void;
}

/**
 * The API over HTTP, as a fetch handler (the Next.js route mounts it): refuses a foreign Host
 * (403), a body over 1 MB (413) and an oversized batch (400) before any procedure runs, then
 * hands the call to tRPC.
 */
export function createApiHandler(options: ApiHandlerOptions): (req: Request) => Promise<Response> {
  const endpoint = options.endpoint ?? '/api/trpc';
  const allowedHosts = options.allowedHosts ?? allowedHostsFromEnv();
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const maxBatchSize = options.maxBatchSize ?? defaultMaxBatchSize;
  const logError = options.logError ?? ((path, error) => console.error(`[trpc] ${path}:`, error));
  const store = () => (typeof options.store === 'function' ? options.store() : options.store);

  return async (incoming) => {
    let req = incoming;
    try {
      assertAllowedHost(incoming.headers, allowedHosts);
      assertBatchSize(new URL(incoming.url), endpoint, maxBatchSize);
      if (incoming.method !== 'GET' && incoming.method !== 'HEAD') {
        const body = await readBodyWithin(incoming, maxBodyBytes);
        req = new Request(incoming.url, {
          method: incoming.method,
          headers: incoming.headers,
          body,
        });
      }
    } catch (error) {
      if (error instanceof RequestRefused) return error.toResponse();
      throw error;
    }
    return fetchRequestHandler({
      endpoint,
      req,
      router: appRouter,
      createContext: () =>
        createContext({ store: store(), headers: req.headers, token: options.token }),
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') logError(path ?? '?', error.cause ?? error);
      },
    });
  };
}

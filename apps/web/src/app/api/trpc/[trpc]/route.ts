import { appRouter, createContext } from '@goodhart/api';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { getStore } from '../../../../server/store';

// Route handlers run in Node.js and are not cached (the defaults): each call reads the store.
function handler(req: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () => createContext({ store: getStore(), headers: req.headers }),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        console.error(`[trpc] ${path ?? '?'}:`, error.cause ?? error);
      }
    },
  });
}

export { handler as GET, handler as POST };

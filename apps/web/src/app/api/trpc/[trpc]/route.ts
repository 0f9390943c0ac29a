import { createApiHandler } from '@goodhart/api';
import { getStore } from '../../../../server/store';

// Route handlers run in Node.js and are not cached (the defaults): each call reads the store.
// The handler checks Host, body size and batch size, then the token (see packages/api).
const handler = createApiHandler({ store: getStore });

export { handler as GET, handler as POST };

import { allowedHostsFromEnv, assertAllowedHost, RequestRefused } from '@goodhart/api/guard';
import { getStore } from '../../../server/store';

// Whether the server is up and its store answers; needs no token (load balancers, scripts).
// Details of a failure go to the log, never to the caller.

const allowedHosts = allowedHostsFromEnv();

export async function GET(req: Request): Promise<Response> {
  try {
    assertAllowedHost(req.headers, allowedHosts);
  } catch (error) {
    if (error instanceof RequestRefused) return error.toResponse();
    throw error;
  }
  try {
    await getStore().listWorkers();
    return Response.json({ ok: true, store: 'ok' });
  } catch (error) {
    console.error('[health] store:', error);
    return Response.json({ ok: false, store: 'unreachable: see the server log' }, { status: 503 });
  }
}

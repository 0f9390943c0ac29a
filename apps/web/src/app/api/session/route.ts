import {
  allowedHostsFromEnv,
  assertAllowedHost,
  clearedSessionCookie,
  issueSession,
  RequestRefused,
  sameText,
  sessionCookie,
  sessionFromCookieHeader,
  verifySession,
} from '@goodhart/api/guard';

// The dashboard's sign-in (packages/api/src/http/session.ts): POST { token } exchanges
// GOODHART_TOKEN for an httpOnly, SameSite=Strict session cookie; DELETE signs out; GET says
// whether a token is needed and whether this browser is signed in.

const allowedHosts = allowedHostsFromEnv();

function requiredToken(): string | undefined {
  return process.env.GOODHART_TOKEN || undefined;
}

/** Host allowed, and, for a change, sent by this server's own page. */
function refusal(req: Request, change: boolean): Response | null {
  try {
    assertAllowedHost(req.headers, allowedHosts);
  } catch (error) {
    if (error instanceof RequestRefused) return error.toResponse();
    throw error;
  }
  const origin = req.headers.get('origin');
  if (change && (origin === null || new URL(origin).host !== req.headers.get('host'))) {
    return Response.json({ error: { message: 'cross-origin request refused' } }, { status: 403 });
  }
  return null;
}

export async function GET(req: Request): Promise<Response> {
  const refused = refusal(req, false);
  if (refused) return refused;
  const token = requiredToken();
  const session = sessionFromCookieHeader(req.headers.get('cookie') ?? undefined);
  return Response.json({
    required: token !== undefined,
    signedIn: token !== undefined && verifySession(session, token),
  });
}

export async function POST(req: Request): Promise<Response> {
  const refused = refusal(req, true);
  if (refused) return refused;
  const token = requiredToken();
  if (token === undefined) return Response.json({ required: false, signedIn: false });
  const text = await req.text();
  if (text.length > 10_000)
    return Response.json({ error: { message: 'too long' } }, { status: 413 });
  let presented: unknown;
  try {
    presented = (JSON.parse(text) as { token?: unknown }).token;
  } catch {
    presented = undefined;
  }
  if (typeof presented !== 'string' || !sameText(presented, token)) {
    return Response.json({ error: { message: 'wrong token' } }, { status: 401 });
  }
  const secure = new URL(req.url).protocol === 'https:';
  return Response.json(
    { required: true, signedIn: true },
    { headers: { 'set-cookie': sessionCookie(issueSession(token), { secure }) } },
  );
}

export async function DELETE(req: Request): Promise<Response> {
  const refused = refusal(req, true);
  if (refused) return refused;
  return Response.json(
    { required: requiredToken() !== undefined, signedIn: false },
    { headers: { 'set-cookie': clearedSessionCookie() } },
  );
}

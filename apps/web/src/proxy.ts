import {
  allowedHostsFromEnv,
  assertAllowedHost,
  RequestRefused,
  sessionCookieName,
  verifySession,
} from '@goodhart/api/guard';
import { type NextRequest, NextResponse } from 'next/server';

const allowedHosts = allowedHostsFromEnv();

/**
 * Every request: a Host this server does not answer to is refused (403: a DNS-rebinding page
 * would send its own name). Pages: when the server has a token and this browser no session,
 * go to the sign-in page first (the API answers 401 on its own). A path with a broken percent
 * escape (`/experiments/abc%zz`, or `%E0%A4`, which is not UTF-8) is repaired so the page can say
 * the id is not valid.
 */
export function proxy(request: NextRequest) {
  try {
    assertAllowedHost(request.headers, allowedHosts);
  } catch (error) {
    if (error instanceof RequestRefused) return error.toResponse();
    throw error;
  }
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/api/')) return NextResponse.next();
  const token = process.env.GOODHART_TOKEN;
  if (
    token &&
    pathname !== '/sign-in' &&
    !verifySession(request.cookies.get(sessionCookieName)?.value, token)
  ) {
    const signIn = new URL('/sign-in', request.url);
    signIn.searchParams.set('next', pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  try {
    decodeURIComponent(pathname);
    return NextResponse.next();
  } catch {
    // Every % is escaped, not only those without two hex digits: `%E0%A4` is well formed but
    // not UTF-8, and repairing only the bare ones left it as it was, redirecting to itself.
    const repaired = pathname.replace(/%/g, '%25');
    return NextResponse.redirect(new URL(repaired + request.nextUrl.search, request.url));
  }
}

// Everything but Next's own static files.
export const config = { matcher: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)' };

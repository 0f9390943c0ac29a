import { type NextRequest, NextResponse } from 'next/server';

/**
 * A path with a broken percent escape (`/experiments/abc%zz`) cannot be decoded, and Next.js
 * would answer it with a bare error page. Escape the stray `%` and send the browser to the
 * same address, so the page can say the id is not valid.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
    return NextResponse.next();
  } catch {
    const repaired = pathname.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
    return NextResponse.redirect(new URL(repaired, request.url));
  }
}

export const config = { matcher: '/experiments/:path*' };

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The dashboard's sign-in: the shared token (GOODHART_TOKEN) is exchanged once for a session
 * cookie, httpOnly (page scripts cannot read it) and SameSite=Strict (no other site's page can
 * make the browser send it). The cookie holds when it was issued and an HMAC of that under the
 * token, so nothing is kept on the server, and changing the token signs everyone out.
 */
export const sessionCookieName = 'goodhart_session';
export const sessionMaxAgeSeconds = 7 * 24 * 60 * 60;

/** The cookie's value for a session issued at `now`. */
export function issueSession(token: string, now: number = Date.now()): string {
  return `${now}.${mac(token, now)}`;
}

/** True for a value issueSession made with this token, within its max age. */
export function verifySession(
  value: string | undefined,
  token: string,
  now: number = Date.now(),
): boolean {
  const match = value?.match(/^(\d{1,15})\.([A-Za-z0-9_-]{43})$/);
  if (!match) return false;
  const issuedAt = Number(match[1]);
  if (!(issuedAt <= now + 60_000 && now - issuedAt < sessionMaxAgeSeconds * 1000)) return false;
  return sameText(match[2], mac(token, issuedAt));
}

/** The Set-Cookie header that signs the browser in. */
export function sessionCookie(value: string, options: { secure: boolean }): string {
  return [
    `${sessionCookieName}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${sessionMaxAgeSeconds}`,
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

/** The Set-Cookie header that signs it out. */
export function clearedSessionCookie(): string {
  return `${sessionCookieName}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
}

/** The session cookie's value in a Cookie header, if there is one. */
export function sessionFromCookieHeader(header: string | undefined): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [name, ...rest] = part.trim().split('=');
    if (name === sessionCookieName) return rest.join('=');
  }
  return undefined;
}

/** Compares two secrets in time that does not depend on where they differ. */
export function sameText(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function mac(token: string, issuedAt: number): string {
  return createHmac('sha256', token).update(`goodhart-session.v1.${issuedAt}`).digest('base64url');
}

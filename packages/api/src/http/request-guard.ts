/**
 * Checks an API request passes before anything reads its body or calls a procedure: the Host
 * is one this server answers to (DNS rebinding), the body is not too large, and a batch does
 * not ask for too many calls at once. Each refusal is a small JSON error with its HTTP status.
 */

export interface GuardOptions {
  /** Host names (no port) this server answers to; see allowedHostsFromEnv. */
  allowedHosts: readonly string[];
  /** Default 1 MB. */
  maxBodyBytes?: number;
  /** Calls in one tRPC batch. Default 10. */
  maxBatchSize?: number;
}

export const defaultMaxBodyBytes = 1024 * 1024;
export const defaultMaxBatchSize = 10;

export class RequestRefused extends Error {
  constructor(
    readonly status: 400 | 403 | 413,
    message: string,
  ) {
    super(message);
    this.name = 'RequestRefused';
  }

  toResponse(): Response {
    return Response.json(
      { error: { message: this.message, data: { httpStatus: this.status } } },
      { status: this.status },
    );
  }
}

/**
 * The names the server answers to: the address it is bound to (HOST), the localhost names,
 * and any in GOODHART_ALLOWED_HOSTS (comma-separated, for a server reached by another name).
 */
export function allowedHostsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const hosts = ['localhost', '127.0.0.1', '::1', '[::1]'];
  const bound = env.HOST?.trim().toLowerCase();
  if (bound && bound !== '0.0.0.0' && bound !== '::') hosts.push(bound);
  for (const name of env.GOODHART_ALLOWED_HOSTS?.split(',') ?? []) {
    if (name.trim() !== '') hosts.push(name.trim().toLowerCase());
  }
  return hosts;
}

/** The host name of a Host header or an origin URL, without port, lower-case. */
export function hostName(hostOrUrl: string): string {
  const host = hostOrUrl.includes('://') ? new URL(hostOrUrl).host : hostOrUrl;
  const bracketed = host.match(/^\[([^\]]+)\]/)?.[1];
  if (bracketed !== undefined) return `[${bracketed.toLowerCase()}]`;
  return host.replace(/:\d+$/, '').toLowerCase();
}

/** 403 unless the Host header names an allowed host. */
export function assertAllowedHost(headers: Headers, allowedHosts: readonly string[]): void {
  const host = headers.get('host');
  if (host === null || !allowedHosts.includes(hostName(host))) {
    throw new RequestRefused(
      403,
      `host not allowed: this server answers to ${allowedHosts.filter((h) => !h.startsWith('[')).join(', ')} (set GOODHART_ALLOWED_HOSTS to add names)`,
    );
  }
}

/** 400 when a tRPC batch URL (`/api/trpc/a,b,c?batch=1`) names more calls than allowed. */
export function assertBatchSize(url: URL, endpoint: string, maxBatchSize: number): void {
  const paths = url.pathname.slice(endpoint.length).replace(/^\//, '');
  const calls = paths === '' ? 0 : paths.split(',').length;
  if (calls > maxBatchSize) {
    throw new RequestRefused(
      400,
      `a batch of ${calls} calls; at most ${maxBatchSize} in one request`,
    );
  }
}

/**
 * The body, read up to the limit: 413 as soon as it is over (by Content-Length when given,
 * else while reading), so a large body is never held whole.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  const refuse = () =>
    new RequestRefused(413, `request body over ${Math.round(maxBytes / 1024)} KB`);
  if (declared > maxBytes) throw refuse();
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw refuse();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

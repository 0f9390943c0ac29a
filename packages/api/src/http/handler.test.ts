import { SqliteStore } from '@goodhart/store';
import { prepareSubmission } from '@goodhart/store/submission';
import { tinySpec } from '@goodhart/store/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { testApi } from '../test-helpers';
import { createApiHandler } from './handler';
import { issueSession, sessionCookieName } from './session';

// The API as the dashboard and scripts reach it over HTTP: host, size and batch checks, the
// token as a bearer header or a session cookie, and internal errors kept out of responses.

let api: ReturnType<typeof testApi>;
afterEach(async () => {
  await api?.done();
});

const base = 'http://127.0.0.1:3000/api/trpc';
const logged: unknown[] = [];

function handler(token = 'sekrit') {
  api = testApi();
  return createApiHandler({
    store: api.store,
    token,
    allowedHosts: ['localhost', '127.0.0.1'],
    logError: (_path, error) => logged.push(error),
  });
}

function post(path: string, input: unknown, headers: Record<string, string> = {}) {
  return new Request(`${base}/${path}`, {
    method: 'POST',
    headers: { host: '127.0.0.1:3000', 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

function get(path: string, headers: Record<string, string> = {}) {
  return new Request(`${base}/${path}`, { headers: { host: '127.0.0.1:3000', ...headers } });
}

const cookie = (token = 'sekrit') => `${sessionCookieName}=${issueSession(token)}`;

describe('who may call', () => {
  it('needs the token for reads as well as changes, as a bearer header or a session cookie', async () => {
    const handle = handler();
    expect((await handle(get('experiments.list'))).status).toBe(401);
    expect((await handle(get('experiments.list', { authorization: 'Bearer sekrit' }))).status).toBe(
      200,
    );
    expect((await handle(get('experiments.list', { cookie: cookie() }))).status).toBe(200);
    // A cookie made under another token (the token changed) signs nobody in.
    expect((await handle(get('experiments.list', { cookie: cookie('old') }))).status).toBe(401);
    const submitted = await handle(
      post('experiments.submit', { spec: tinySpec() }, { cookie: cookie(), origin: base }),
    );
    expect(submitted.status).toBe(200);
  });

  it('accepts the cookie only from this server own pages (Origin)', async () => {
    const handle = handler();
    const foreign = await handle(
      post(
        'experiments.submit',
        { spec: tinySpec() },
        { cookie: cookie(), origin: 'http://attacker.example' },
      ),
    );
    expect(foreign.status).toBe(401);
    expect(await api.store.listExperiments()).toHaveLength(0);
  });

  it('refuses a Host it does not answer to (DNS rebinding), even with no token set', async () => {
    const handle = handler('');
    const rebound = await handle(
      post('experiments.submit', { spec: tinySpec() }, { host: 'attacker.example' }),
    );
    expect(rebound.status).toBe(403);
    expect(((await rebound.json()) as { error: { message: string } }).error.message).toMatch(
      /^host not allowed: this server answers to localhost, 127.0.0.1/,
    );
    expect(await api.store.listExperiments()).toHaveLength(0);
    expect((await handle(get('experiments.list', { host: 'localhost:3000' }))).status).toBe(200);
  });
});

describe('what one call may ask', () => {
  it('refuses a body over 1 MB with 413 before parsing it, stored nothing', async () => {
    const handle = handler('');
    const big = { spec: { ...tinySpec(), description: 'x'.repeat(1_100_000) } };
    const response = await handle(post('experiments.submit', big));
    expect(response.status).toBe(413);
    expect(await api.store.listExperiments()).toHaveLength(0);
    // Without a Content-Length, the body is cut off while it is read.
    const streamed = new Request(`${base}/experiments.validate`, {
      method: 'POST',
      headers: { host: 'localhost' },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 40; i++) controller.enqueue(new Uint8Array(64 * 1024));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect((await handle(streamed)).status).toBe(413);
  });

  it('refuses a batch of more than 10 calls', async () => {
    const handle = handler('');
    const paths = Array(11).fill('experiments.list').join(',');
    const response = await handle(get(`${paths}?batch=1&input={}`));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      'a batch of 11 calls; at most 10 in one request',
    );
    const ten = Array(10).fill('experiments.list').join(',');
    expect((await handle(get(`${ten}?batch=1&input={}`))).status).toBe(200);
  });

  it('tells the caller nothing of an internal error, and logs it', async () => {
    const handle = handler('');
    await api.store.close();
    const response = await handle(get('experiments.list'));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toContain('internal error: the server could not answer; see its log');
    expect(text).not.toMatch(/database|sqlite|stack/i);
    expect(String(logged.at(-1))).toMatch(/database connection is not open/);
  });
});

describe('a store that can only be read', () => {
  it('serves reads and refuses changes with 503 and a plain reason, no path', async () => {
    handler('');
    await api.store.submitExperiment(prepareSubmission(tinySpec({ name: 'kept' })));
    const file = api.file;
    const readOnly = new SqliteStore({ file, readOnly: true });
    try {
      const handleReadOnly = createApiHandler({
        store: readOnly,
        token: '',
        allowedHosts: ['127.0.0.1'],
        logError: (_path, error) => logged.push(error),
      });
      const list = await handleReadOnly(get('experiments.list'));
      expect(list.status).toBe(200);
      const submit = await handleReadOnly(post('experiments.submit', { spec: tinySpec() }));
      expect(submit.status).toBe(503);
      const text = await submit.text();
      expect(text).toContain("the server's store is read-only just now");
      expect(text).not.toContain(file);
    } finally {
      await readOnly.close();
    }
  });
});

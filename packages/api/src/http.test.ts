import { tinySpec } from '@goodhart/store/testing';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterEach, describe, expect, it } from 'vitest';
import { createContext } from './context';
import { appRouter } from './root';
import { testApi } from './test-helpers';

// The router as the dashboard reaches it: HTTP through tRPC's fetch adapter, no browser.

let api: ReturnType<typeof testApi>;
afterEach(async () => {
  await api?.done();
});

function call(path: string, input: unknown, headers: Record<string, string> = {}) {
  const req = new Request(`http://local/api/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () => createContext({ store: api.store, headers: req.headers, token: 'sekrit' }),
  });
}

interface ErrorBody {
  error: {
    message: string;
    data: {
      code: string;
      httpStatus: number;
      issues: { path: string; message: string }[] | null;
      zodError: unknown;
    };
  };
}

describe('errors over HTTP', () => {
  it('carries each wrong spec field, with its path, to the client', async () => {
    api = testApi();
    const spec = { ...tinySpec(), rounds: 'many' };
    const response = await call('experiments.submit', { spec }, { authorization: 'Bearer sekrit' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.data.code).toBe('BAD_REQUEST');
    expect(body.error.data.issues).toEqual([{ path: 'rounds', message: expect.any(String) }]);
  });

  it('carries input errors with their path and zod flattening', async () => {
    api = testApi();
    const response = await call(
      'experiments.cancel',
      { id: 'x' },
      { authorization: 'Bearer sekrit' },
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.data.issues).toEqual([
      {
        path: 'id',
        message: '"x" is not an experiment id: an experiment id is 16 lower-case hex digits',
      },
    ]);
    expect(body.error.data.zodError).toMatchObject({ fieldErrors: { id: [expect.any(String)] } });
  });

  it('names the fields of the closest form when an input fits no form of a union', async () => {
    api = testApi();
    // submit takes { spec } or { preset, seeds?, rounds? }: { name } fits neither; the first
    // form is as close as the second (two issues each), so its issues are the ones named.
    const response = await call(
      'experiments.submit',
      { name: 0 },
      { authorization: 'Bearer sekrit' },
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.data.issues?.map((issue) => issue.path).sort()).toEqual(['name', 'spec']);
  });

  it('answers 401 to a mutation without the token', async () => {
    api = testApi();
    const response = await call('experiments.submit', { spec: tinySpec() });
    expect(response.status).toBe(401);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.data.code).toBe('UNAUTHORIZED');
    expect(body.error.data.issues).toBeNull();
  });
});

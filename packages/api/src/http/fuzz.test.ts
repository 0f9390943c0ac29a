import { createRng, type Rng } from '@goodhart/random';
import { tinySpec } from '@goodhart/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi } from '../test-helpers';
import { createApiHandler } from './handler';

// Generated specs and inputs thrown at validate and submit over HTTP: no crash and no 500,
// every refusal is a 400 naming at least one field, and nothing is stored on a refusal.
// Property-based in the manner of fast-check, with our own seeded generator (fast-check is not
// among the workspace's dependencies): a failing case is reproduced by its seed and index.

const cases = 300;

let api: ReturnType<typeof testApi>;
let handle: (req: Request) => Promise<Response>;
beforeAll(() => {
  api = testApi();
  handle = createApiHandler({ store: api.store, token: '', allowedHosts: ['localhost'] });
});
afterAll(async () => {
  await api?.done();
});

const oddValues = (rng: Rng): unknown[] => [
  null,
  -1,
  0,
  1e308,
  -1e308,
  2 ** 53 + 1,
  0.5,
  '',
  'x'.repeat(1 + rng.int(300)),
  '1e9',
  true,
  [],
  [1, 'a', null],
  {},
  { nested: { deeper: [{}] } },
  rng.next() * 1e6 - 5e5,
  rng.int(10_000_000),
];

const paths = [
  [],
  ['name'],
  ['rounds'],
  ['seeds'],
  ['seeds', 'count'],
  ['seeds', 'base'],
  ['world'],
  ['world', 'numUsers'],
  ['world', 'numItems'],
  ['world', 'numCreators'],
  ['world', 'slateSize'],
  ['world', 'click', 'clickbait'],
  ['arms'],
  ['arms', 0],
  ['arms', 0, 'name'],
  ['arms', 0, 'model'],
  ['arms', 0, 'model', 'kind'],
  ['arms', 1, 'model', 'heads'],
  ['sweep'],
  ['sweep', 'axes'],
  ['training'],
  ['kind'],
  ['task'],
  ['unknownField'],
];

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[rng.int(items.length)];
}

/** tinySpec with one to three random fields set to odd values or deleted. */
function generatedSpec(rng: Rng): unknown {
  let spec: unknown = structuredClone(tinySpec({ name: `fuzz ${rng.int(1e9)}` }));
  for (let edits = 1 + rng.int(3); edits > 0; edits--) {
    const path = pick(rng, paths);
    const value = rng.next() < 0.15 ? undefined : pick(rng, oddValues(rng));
    spec = setAt(spec, path, value);
  }
  return spec;
}

function setAt(target: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const base: Record<string | number, unknown> =
    target !== null && typeof target === 'object' ? (target as Record<string, unknown>) : {};
  const copy = (Array.isArray(base) ? [...base] : { ...base }) as Record<string | number, unknown>;
  if (rest.length === 0 && value === undefined) delete copy[head];
  else copy[head] = setAt(base[head], rest, value);
  return copy;
}

const post = (path: string, input: unknown) =>
  new Request(`http://localhost/api/trpc/${path}`, {
    method: 'POST',
    headers: { host: 'localhost', 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });

interface Body {
  result?: { data: { ok?: boolean; issues?: { path: string }[] } };
  error?: { data: { issues: { path: string; message: string }[] | null } };
}

it(`answers ${cases} generated specs with 200 or a 400 naming a field, storing nothing it refused`, async () => {
  const rng = createRng(20261128);
  for (let index = 0; index < cases; index++) {
    const spec = generatedSpec(rng);
    const where = `case ${index}: ${String(JSON.stringify(spec)).slice(0, 300)}`;
    const before = (await api.store.listExperiments({ limit: 200 })).length;

    const validated = await handle(post('experiments.validate', { spec }));
    const validBody = (await validated.json()) as Body;
    expect(validated.status, where).toBeLessThan(500);
    if (validated.status === 200 && validBody.result?.data.ok === false) {
      expect(validBody.result.data.issues?.length, where).toBeGreaterThan(0);
    }

    const submitted = await handle(post('experiments.submit', { spec }));
    const body = (await submitted.json()) as Body;
    expect([200, 400], where).toContain(submitted.status);
    const after = (await api.store.listExperiments({ limit: 200 })).length;
    if (submitted.status === 400) {
      const issues = body.error?.data.issues ?? [];
      expect(issues.length, where).toBeGreaterThan(0);
      // A field is named, except when the spec itself is not an object.
      const isObject = spec !== null && typeof spec === 'object' && !Array.isArray(spec);
      if (isObject)
        expect(
          issues.some((issue) => issue.path !== ''),
          where,
        ).toBe(true);
      expect(after, where).toBe(before);
    } else {
      // Accepted by submit means accepted by validate too.
      expect(validBody.result?.data.ok, where).toBe(true);
    }
  }
}, 240_000);

it('answers generated procedure inputs (not specs) without a 500', async () => {
  const rng = createRng(7);
  const procedures = ['experiments.cancel', 'experiments.submit', 'experiments.validate'];
  for (let index = 0; index < 100; index++) {
    const input = pick(rng, [
      ...oddValues(rng),
      { id: pick(rng, oddValues(rng)) },
      { preset: pick(rng, oddValues(rng)), seeds: pick(rng, oddValues(rng)) },
      { spec: tinySpec(), extra: 1 },
    ]);
    const response = await handle(post(pick(rng, procedures), input));
    expect(response.status, `case ${index}: ${JSON.stringify(input)}`).toBeLessThan(500);
  }
});

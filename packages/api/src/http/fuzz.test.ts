import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore, SqliteStore, type Store } from '@goodhart/store';
import { dropTestSchema, testDatabaseUrl, tinySpec, uniqueSchema } from '@goodhart/store/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandler } from './handler';

// Property-based tests (fast-check): generated specs and procedure inputs thrown at the API over
// HTTP (the fetch handler the dashboard's route mounts). No crash and no 500; every refusal is a
// 400 whose issues name a field ('' only for the whole spec or input when it is not an object);
// nothing is stored on a refusal. Fixed seeds and bounded runs: the same cases every time, and a
// failure prints its seed and the shrunk counterexample.

interface Target {
  name: string;
  open(): Promise<{ store: Store; done(): Promise<void> }>;
}

const targets: Target[] = [
  {
    name: 'sqlite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'goodhart-fuzz-'));
      const store = new SqliteStore({ file: join(dir, 'goodhart.sqlite') });
      return {
        store,
        done: async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
];
const databaseUrl = testDatabaseUrl();
if (databaseUrl !== undefined) {
  targets.push({
    name: 'postgres',
    open: async () => {
      const schema = uniqueSchema('gh_fuzz');
      const store = new PostgresStore({ connectionString: databaseUrl, schema });
      await store.start();
      return {
        store,
        done: async () => {
          await store.close();
          await dropTestSchema(databaseUrl, schema);
        },
      };
    },
  });
}

// Odd values: the edges zod and the limits must refuse, and whatever fast-check makes of JSON.
const oddValue = fc.oneof(
  fc.constantFrom(null, -1, 0, 1e308, -1e308, 2 ** 53 + 1, 0.5, '', '1e9', true, [], {}),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 300 }),
  fc.jsonValue({ maxDepth: 3 }),
);

const specPaths: readonly (readonly (string | number)[])[] = [
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
  ['training', 'startupRounds'],
  ['claims'],
  ['reference'],
  ['kind'],
  ['task'],
  ['unknownField'],
];

function setAt(target: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const base: Record<string | number, unknown> =
    target !== null && typeof target === 'object' ? (target as Record<string, unknown>) : {};
  const copy = (Array.isArray(base) ? [...base] : { ...base }) as Record<string | number, unknown>;
  if (rest.length === 0 && value === undefined) delete copy[head];
  else copy[head] = setAt(base[head], rest, value);
  return copy;
}

/** tinySpec with one to three fields set to odd values or deleted (undefined). */
const editedSpec = fc
  .tuple(
    fc.nat(),
    fc.array(
      fc.tuple(fc.constantFrom(...specPaths), fc.option(oddValue, { nil: undefined, freq: 6 })),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([name, edits]) =>
    edits.reduce<unknown>(
      (spec, [path, value]) => setAt(spec, path, value),
      tinySpec({ name: `fuzz ${name}` }),
    ),
  );

/** Mostly `good`, sometimes `bad`: so shaped specs reach both sides of validation. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: bad });

/** Specs of the right shape with sizes from tiny to far past the limits and the memory budget. */
const shapedSpec = fc.record({
  name: mostly(fc.string({ minLength: 1, maxLength: 60 }), fc.string({ maxLength: 300 })),
  rounds: mostly(fc.integer({ min: 1, max: 4 }), fc.integer({ min: -2, max: 600 })),
  seeds: fc.record({
    count: mostly(fc.integer({ min: 1, max: 3 }), fc.integer({ min: -1, max: 1_000 })),
    base: fc.integer(),
  }),
  world: fc.record({
    numUsers: mostly(fc.integer({ min: 10, max: 60 }), fc.integer({ min: -1, max: 10_000_000 })),
    numItems: mostly(fc.integer({ min: 12, max: 60 }), fc.integer({ min: -1, max: 10_000_000 })),
    numCreators: mostly(fc.integer({ min: 1, max: 6 }), fc.integer({ min: -1, max: 1_000 })),
  }),
  arms: mostly(
    fc.uniqueArray(
      fc.record({
        name: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
        model: fc.record({ kind: fc.constantFrom('popularity', 'random', 'mf') }),
      }),
      { minLength: 1, maxLength: 3, selector: (arm) => arm.name },
    ),
    fc.array(
      fc.record({
        name: fc.string({ maxLength: 70 }),
        model: fc.record({ kind: fc.constantFrom('two-tower', 'oracle', 'nope', '') }),
      }),
      { maxLength: 4 },
    ),
  ),
});

const anySpec = fc.oneof(
  { weight: 4, arbitrary: editedSpec },
  { weight: 3, arbitrary: shapedSpec },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
);

const isObject = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

interface Issue {
  path: string;
  message: string;
}
interface Body {
  result?: { data: { ok?: boolean; issues?: Issue[] } };
  error?: { data: { issues: Issue[] | null } };
}

/** Issues name a field: each has a message, and unless the whole value was wrong, a path. */
function expectFieldIssues(issues: Issue[] | null | undefined, value: unknown, where: string) {
  expect(issues?.length, where).toBeGreaterThan(0);
  for (const issue of issues ?? []) {
    expect(typeof issue.path, where).toBe('string');
    expect(issue.message.length, where).toBeGreaterThan(0);
    if (isObject(value)) expect(issue.path, where).not.toBe('');
  }
}

describe.each(targets)('generated API input ($name store)', (target) => {
  let opened: Awaited<ReturnType<Target['open']>>;
  let handle: (req: Request) => Promise<Response>;
  beforeAll(async () => {
    opened = await target.open();
    handle = createApiHandler({ store: opened.store, token: '', allowedHosts: ['localhost'] });
  });
  afterAll(async () => {
    await opened?.done();
  });

  const url = (path: string) => `http://localhost/api/trpc/${path}`;
  const post = (path: string, input: unknown) =>
    handle(
      new Request(url(path), {
        method: 'POST',
        headers: { host: 'localhost', 'content-type': 'application/json' },
        body: JSON.stringify(input),
      }),
    );
  const get = (path: string, input: unknown) =>
    handle(
      new Request(
        input === undefined
          ? url(path)
          : `${url(path)}?input=${encodeURIComponent(JSON.stringify(input))}`,
        { headers: { host: 'localhost' } },
      ),
    );
  const stored = async () => (await opened.store.listExperiments({ limit: 200 })).length;

  it('answers generated specs with 200 or a 400 naming a field, storing nothing it refused', async () => {
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(anySpec, async (spec) => {
        const where = String(JSON.stringify(spec)).slice(0, 400);
        const before = await stored();

        const validated = await post('experiments.validate', { spec });
        expect(validated.status, where).toBe(200);
        const validation = ((await validated.json()) as Body).result?.data;
        if (validation?.ok === false) expectFieldIssues(validation.issues, spec, where);

        const submitted = await post('experiments.submit', { spec });
        const body = (await submitted.json()) as Body;
        expect([200, 400], where).toContain(submitted.status);
        if (submitted.status === 400) {
          refused++;
          expectFieldIssues(body.error?.data.issues, spec, where);
          expect(validation?.ok, `validate accepted what submit refused: ${where}`).toBe(false);
          expect(await stored(), where).toBe(before);
        } else {
          accepted++;
          expect(validation?.ok, `submit accepted what validate refused: ${where}`).toBe(true);
        }
      }),
      { seed: 20261128, numRuns: 150 },
    );
    // The generators reach both sides of validation.
    expect(accepted).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(50);
  }, 240_000);

  // Every procedure that takes input (mutations are POSTed, queries are GETs), with what its
  // input should look like and odd values.
  const mutations = ['validate', 'submit', 'cancel', 'resume'].map((name) => `experiments.${name}`);
  const queries = [
    'list',
    'get',
    'progress',
    'rounds',
    'details',
    'paired',
    'compare',
    'logs',
    'export',
  ]
    .map((name) => `experiments.${name}`)
    .concat('presets.get');
  const hexId = fc.stringMatching(/^[0-9a-f]{16}$/);
  const procedureInput = fc.oneof(
    oddValue,
    fc.record({ id: fc.oneof(hexId, oddValue) }, { requiredKeys: [] }),
    fc.record({ id: hexId, since: fc.oneof(fc.stringMatching(/^[0-9]{1,25}$/), oddValue) }),
    fc.record({ id: hexId, format: fc.oneof(fc.constantFrom('json', 'csv'), oddValue) }),
    fc.record(
      { limit: oddValue, status: oddValue, cursor: oddValue, search: oddValue },
      { requiredKeys: [] },
    ),
    fc.record({ preset: oddValue, seeds: oddValue, rounds: oddValue }, { requiredKeys: [] }),
    fc.record({ runId: fc.oneof(fc.uuid(), oddValue), limit: oddValue }, { requiredKeys: [] }),
    fc.record({ refs: fc.array(fc.record({ experimentId: hexId, arm: oddValue })), x: oddValue }),
    fc.record({ name: oddValue }),
    fc.dictionary(fc.string({ maxLength: 10 }), oddValue, { maxKeys: 4 }),
  );

  it('answers generated procedure inputs without a 500, refusals naming a field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...mutations, ...queries),
        procedureInput,
        async (path, input) => {
          const where = `${path} ${String(JSON.stringify(input)).slice(0, 300)}`;
          const before = await stored();
          const response = mutations.includes(path)
            ? await post(path, input)
            : await get(path, input);
          expect([200, 400, 404], where).toContain(response.status);
          if (response.status === 400) {
            const body = (await response.json()) as Body;
            expectFieldIssues(body.error?.data.issues, input, where);
          }
          if (response.status !== 200) expect(await stored(), where).toBe(before);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  }, 240_000);
});

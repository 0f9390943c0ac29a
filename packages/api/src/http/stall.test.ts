import { prepareSubmission } from '@goodhart/store/submission';
import { itemAt, tinySpec } from '@goodhart/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi } from '../test-helpers';
import { createApiHandler } from './handler';
import { defaultMaxBatchSize } from './request-guard';

// The bound: SQLite calls are synchronous, so a call that arrives while another runs waits
// for it. The most one request can ask for is a full batch (10 calls) of the largest read
// (experiments.list, 200 experiments): so another caller waits at most about 10 x the time of
// that read alone. Both are measured here, on this machine, now; the check allows three times
// the bound plus 250 ms, so a busy machine does not fail it, while the unbounded batch of
// issue 12 (100 calls: ten times the bound) would.

let api: ReturnType<typeof testApi>;
let handle: (req: Request) => Promise<Response>;

beforeAll(async () => {
  api = testApi();
  for (let i = 0; i < 220; i++) {
    await api.store.submitExperiment(prepareSubmission(tinySpec({ name: `stall ${i}` })));
  }
  handle = createApiHandler({ store: api.store, token: '', allowedHosts: ['localhost'] });
}, 120_000);

afterAll(async () => {
  await api?.done();
});

const url = 'http://localhost/api/trpc';
const get = (path: string) => new Request(`${url}/${path}`, { headers: { host: 'localhost' } });
const listInput = encodeURIComponent(JSON.stringify({ limit: 200 }));

function batchOfLists(n: number): Request {
  const input: Record<number, { limit: number }> = {};
  for (let i = 0; i < n; i++) input[i] = { limit: 200 };
  const paths = Array(n).fill('experiments.list').join(',');
  return get(`${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`);
}

async function timed(request: () => Promise<Response>): Promise<number> {
  const start = performance.now();
  const response = await request();
  expect(response.status).toBeLessThan(500);
  await response.arrayBuffer();
  return performance.now() - start;
}

it('lets no single call delay another by more than a full batch of the largest read', async () => {
  // Baseline: the largest read alone (the median of five, after two to warm up).
  const singles: number[] = [];
  for (let i = 0; i < 2; i++) await timed(() => handle(get(`experiments.list?input=${listInput}`)));
  for (let i = 0; i < 5; i++)
    singles.push(await timed(() => handle(get(`experiments.list?input=${listInput}`))));
  const single = itemAt(
    singles.sort((a, b) => a - b),
    2,
    'the median of five',
  );
  const bound = defaultMaxBatchSize * single;

  for (const hostileSize of [defaultMaxBatchSize, 100]) {
    const hostile = handle(batchOfLists(hostileSize));
    const victim = await timed(() => handle(get('workers.list')));
    const response = await hostile;
    expect(response.status).toBe(hostileSize > defaultMaxBatchSize ? 400 : 200);
    expect(victim).toBeLessThan(3 * bound + 250);
  }
}, 120_000);

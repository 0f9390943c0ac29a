import { afterEach, describe, expect, it } from 'vitest';
import { testApi } from './test-helpers';

let api: ReturnType<typeof testApi> | undefined;
afterEach(async () => {
  await api?.done();
  api = undefined;
});

describe('workers.list', () => {
  it('lists the workers that reported in, with the run slots they offer', async () => {
    api = testApi();
    expect(await api.caller.workers.list()).toEqual({ workers: [], slots: 0, leaseMs: 60_000 });
    await api.store.workerSeen({ id: 'host-a:1', concurrency: 2 });
    await api.store.workerSeen({ id: 'host-b:7', concurrency: 4 });
    const listed = await api.caller.workers.list();
    expect(listed.workers.map((w) => w.id).sort()).toEqual(['host-a:1', 'host-b:7']);
    expect(listed.slots).toBe(6);
    await api.store.workerGone('host-a:1');
    expect((await api.caller.workers.list()).slots).toBe(4);
  });
});

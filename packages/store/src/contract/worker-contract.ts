import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { itemAt } from '../testing/item-at';
import type { ContractContext } from './context';

export function registerWorkerContract(context: ContractContext): void {
  it('lists the workers heard from within the lease, to every process, until they go', async () => {
    const { store, other } = context;
    const id = `contract-worker-${Date.now()}`;
    await store.workerSeen({ id, concurrency: 2 });
    const seen = itemAt(
      (await other.listWorkers()).filter((w) => w.id === id),
      0,
      id,
    );
    expect(seen).toMatchObject({ id, concurrency: 2 });
    expect(Date.parse(seen.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(seen.startedAt));

    await sleep(5);
    await store.workerSeen({ id, concurrency: 3 });
    const again = itemAt(
      (await store.listWorkers()).filter((w) => w.id === id),
      0,
      id,
    );
    expect(again.concurrency).toBe(3);
    expect(again.startedAt).toBe(seen.startedAt);
    expect(Date.parse(again.lastSeenAt)).toBeGreaterThan(Date.parse(seen.lastSeenAt));

    await other.workerGone(id);
    expect((await store.listWorkers()).map((w) => w.id)).not.toContain(id);
  });

  it('drops a worker that stops reporting once its lease has passed', async () => {
    const { store } = context;
    const id = `contract-silent-${Date.now()}`;
    await store.workerSeen({ id, concurrency: 1 });
    expect((await store.listWorkers()).map((w) => w.id)).toContain(id);
    await sleep(store.leaseMs + 500);
    expect((await store.listWorkers()).map((w) => w.id)).not.toContain(id);
  });
}

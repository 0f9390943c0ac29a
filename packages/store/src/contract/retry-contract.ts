import { expect, it } from 'vitest';
import type { ClaimedRun } from '../claims';
import type { Store } from '../store';
import { itemAt } from '../testing/item-at';
import { type ContractContext, oneRun, sleep, submitTiny } from './context';

export function registerRetryContract(context: ContractContext): void {
  it('hands a lost run to another worker as a new attempt, fenced from the old, within its attempts', async () => {
    const { store, other } = context;
    const retried = await submitTiny(store, oneRun, 2);
    const exhausted = await submitTiny(store, { ...oneRun, rounds: 4 }, 1);
    const lost = [await store.claimRun('doomed'), await store.claimRun('doomed')];
    const lostRetried = lost.find(
      (claim) => claim?.experimentId === retried.experiment.id,
    ) as ClaimedRun;
    expect(lostRetried).toMatchObject({ attempt: 1 });
    await store.recordRound(lostRetried, { round: 0, completedRounds: 1, metrics: { ctr: 0.25 } });

    // Nobody heartbeats the two claims, as if their worker had been killed.
    const again = await waitForClaim(other, 'rescuer', context.lostAfterMs + 20_000);
    expect(again).toMatchObject({ runId: lostRetried.runId, attempt: 2, workerId: 'rescuer' });
    // The run out of attempts is failed when its delivery comes round again.
    const failed = await waitFor(async () => {
      expect(await other.claimRun('rescuer')).toBeNull();
      const [run] = await store.listRuns(exhausted.experiment.id);
      return run?.status === 'failed' ? run : null;
    }, context.lostAfterMs + 20_000);
    expect(failed.error).toMatch(/gave up after 1 attempt/);

    expect(await store.heartbeat(lostRetried)).toBe('lost');
    expect(
      await store.recordRound(lostRetried, { round: 1, completedRounds: 2, metrics: { ctr: 9 } }),
    ).toBe('lost');
    expect(await store.finishRun(lostRetried, { status: 'failed', error: 'late' })).toBe(false);
    const rounds = [0, 1, 2].map((round) => ({ round, metrics: { ctr: 0.25 } }));
    const outcome = { status: 'succeeded' as const, backend: 'cpu', summary: {}, rounds };
    expect(await other.finishRun(again, outcome)).toBe(true);

    const run = itemAt(await store.listRuns(retried.experiment.id), 0, 'the retried run');
    expect(run).toMatchObject({ status: 'succeeded', attempt: 2, workerId: 'rescuer' });
    expect((await store.listRoundMetrics(retried.experiment.id)).map((r) => r.round)).toEqual([
      0, 1, 2,
    ]);
    const logs = await store.listLogs(run.id);
    expect(logs.some((log) => log.message.includes('attempt 1 lost'))).toBe(true);
  });
}

function waitForClaim(store: Store, workerId: string, timeoutMs: number): Promise<ClaimedRun> {
  return waitFor(() => store.claimRun(workerId), timeoutMs);
}

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await probe();
    if (found !== null) return found;
    await sleep(200);
  }
  throw new Error(`nothing came within ${timeoutMs} ms`);
}

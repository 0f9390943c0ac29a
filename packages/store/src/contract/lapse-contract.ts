import { expect, it } from 'vitest';
import type { ClaimedRun } from '../claims';
import type { Store } from '../store';
import { type ContractContext, oneRun, sleep, submitTiny } from './context';

// What happens to a run whose worker went silent: failed for good the second time (a run that
// kills its worker would kill the next), and cancelled at once when its experiment is.
export function registerLapseContract(context: ContractContext): void {
  it('fails a run whose worker went silent holding it twice, saying why, without a third try', async () => {
    const { store, other } = context;
    const submitted = await submitTiny(store, oneRun, 3);
    const first = await claimWhenDue(store, 'victim-1', submitted.experiment.id, 1_000);
    expect(first.attempt).toBe(1);
    // Nobody heartbeats: the worker was killed (out of memory, say). Another takes it...
    const second = await claimWhenDue(
      other,
      'victim-2',
      submitted.experiment.id,
      context.lostAfterMs + 20_000,
    );
    expect(second.attempt).toBe(2);
    // ...and dies too: the run is failed when it comes round again, not handed to a third.
    const failed = await waitFor(async () => {
      const claim = await other.claimRun('survivor');
      expect(claim?.experimentId).not.toBe(submitted.experiment.id);
      const [run] = await store.listRuns(submitted.experiment.id);
      return run?.status === 'failed' ? run : null;
    }, context.lostAfterMs + 20_000);
    expect(failed.attempt).toBe(2);
    expect(failed.error).toMatch(/stopped heartbeating while running it 2 times .*not retried/);
  });

  it('cancels at once a running run whose lease has lapsed', async () => {
    const { store } = context;
    const submitted = await submitTiny(store, oneRun);
    const claim = await claimWhenDue(store, 'gone', submitted.experiment.id, 1_000);
    expect(claim.attempt).toBe(1);
    await sleep(context.lostAfterMs + 500);
    const result = await store.cancelExperiment(submitted.experiment.id);
    expect(result).toMatchObject({ cancelledQueued: 0, cancelledLapsed: 1, stoppingRunning: 0 });
    const [run] = await store.listRuns(submitted.experiment.id);
    expect(run?.status).toBe('cancelled');
    expect(result?.experiment.status).toBe('cancelled');
    // The attempt is fenced: a late write from the lost worker changes nothing.
    expect(await store.heartbeat(claim)).toBe('lost');
  });
}

async function claimWhenDue(
  store: Store,
  workerId: string,
  experimentId: string,
  timeoutMs: number,
): Promise<ClaimedRun> {
  return waitFor(async () => {
    const claim = await store.claimRun(workerId);
    if (claim !== null) expect(claim.experimentId).toBe(experimentId);
    return claim;
  }, timeoutMs);
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

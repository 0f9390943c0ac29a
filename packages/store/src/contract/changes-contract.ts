import { expect, it } from 'vitest';
import type { RunChanges, RunSummary } from '../records';
import type { Store } from '../store';
import { type ContractContext, claimOf, submitTiny } from './context';

/** A poller's copy of the runs: the first (complete) read, then each later read's runs merged in. */
function follow(first: RunChanges) {
  const runs = new Map(first.runs.map((run) => [run.id, run]));
  let cursor = first.cursor;
  return {
    async poll(store: Store, experimentId: string): Promise<RunChanges> {
      const changes = await store.listRunChanges(experimentId, cursor);
      for (const run of changes.runs) runs.set(run.id, run);
      cursor = changes.cursor;
      return changes;
    },
    runs: () => [...runs.values()],
  };
}

/** The largest experiment the limits allow: 2 arms x 10 sweep points x 100 seeds. */
const twoThousandRuns = {
  seeds: { count: 100, base: 1 },
  sweep: { axes: [{ path: 'rounds', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }] },
};

export function registerChangesContract(context: ContractContext): void {
  it('sends a poll of a 2,000-run experiment only the runs that changed and the running ones', async () => {
    const { store } = context;
    const { experiment } = await submitTiny(store, twoThousandRuns);
    const first = await store.listRunChanges(experiment.id);
    expect(first.complete).toBe(true);
    expect(first.runs).toHaveLength(2_000);
    // Rounds per run are the swept 1..10, for 2 arms x 100 seeds: 55 x 200.
    expect(first.rounds).toEqual({ done: 0, total: 11_000 });
    const poller = follow(first);

    const idle = await poller.poll(store, experiment.id);
    expect(idle.complete).toBe(false);
    expect(idle.runs).toEqual([]);

    // Three runs move: one finishes, one records a round, one is only claimed.
    const finished = await claimOf(store, experiment.id);
    const recording = await claimOf(store, experiment.id);
    const claimed = await claimOf(store, experiment.id);
    await store.finishRun(finished, {
      status: 'succeeded',
      backend: 'cpu',
      summary: { ctr: 0.5 },
      rounds: [{ round: 0, metrics: { ctr: 0.5 } }],
    });
    await store.recordRound(recording, { round: 0, completedRounds: 1, metrics: { ctr: 0.25 } });

    const moved = await poller.poll(store, experiment.id);
    expect(moved.runs.map((run) => run.id).sort()).toEqual(
      [finished.runId, recording.runId, claimed.runId].sort(),
    );
    // The finished run counts all its rounds, the recording one the 1 it recorded.
    const finishedRounds = first.runs.find((run) => run.id === finished.runId)?.totalRounds ?? 0;
    expect(moved.rounds).toEqual({ done: finishedRounds + 1, total: 11_000 });

    // Nothing changed since: only the two running runs come again.
    const quiet = await poller.poll(store, experiment.id);
    expect(quiet.runs.map((run) => run.id).sort()).toEqual([recording.runId, claimed.runId].sort());

    // The poller's copy is what a full read gives now.
    expect(byId(poller.runs())).toEqual(byId(await store.listRuns(experiment.id)));

    // A cursor the store cannot read is no cursor: every run again.
    const foreign = await store.listRunChanges(experiment.id, '1:1:0,5');
    expect(foreign.complete).toBe(true);
    expect(foreign.runs).toHaveLength(2_000);
  }, 60_000);

  it('misses no change made through another handle between polls, cancel included', async () => {
    const { store, other } = context;
    const { experiment } = await submitTiny(store);
    const poller = follow(await store.listRunChanges(experiment.id));
    const claim = await claimOf(other, experiment.id);
    await poller.poll(store, experiment.id);
    await other.recordRound(claim, { round: 0, completedRounds: 1, metrics: { ctr: 0.1 } });
    await other.cancelExperiment(experiment.id);
    await poller.poll(store, experiment.id);
    expect(byId(poller.runs())).toEqual(byId(await store.listRuns(experiment.id)));
    expect(poller.runs().filter((run) => run.status === 'cancelled')).toHaveLength(3);
  });
}

function byId(runs: RunSummary[]): RunSummary[] {
  return [...runs].sort((a, b) => a.id.localeCompare(b.id));
}

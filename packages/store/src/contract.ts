import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { registerChangesContract } from './contract/changes-contract';
import type { ContractContext } from './contract/context';
import { registerLapseContract } from './contract/lapse-contract';
import { registerQueueContract } from './contract/queue-contract';
import { registerRecordContract } from './contract/record-contract';
import { registerResumeContract } from './contract/resume-contract';
import { registerRetryContract } from './contract/retry-contract';
import { registerWorkerContract } from './contract/worker-contract';
import type { Store } from './store';

export interface ContractFixture {
  /** A store on a fresh, empty database (file or schema). */
  open(): Promise<Store>;
  /** Another handle on the same database, as another process would have. */
  openAnother(): Promise<Store>;
  /** How long a held run without heartbeats stays held, at most, before it is handed out again. */
  lostAfterMs: number;
  /** Removes the database. */
  cleanup(): Promise<void>;
}

/**
 * The behaviour every Store must have, as vitest tests: one suite, run against each
 * implementation. Tests share one database, so each leaves nothing queued behind (its
 * experiments are cancelled afterwards) and claims only find its own runs.
 */
export function registerStoreContract(name: string, makeFixture: () => ContractFixture): void {
  describe(`store contract: ${name}`, () => {
    const context = {} as ContractContext;
    let fixture: ContractFixture;

    beforeAll(async () => {
      fixture = makeFixture();
      context.store = await fixture.open();
      context.other = await fixture.openAnother();
      context.lostAfterMs = fixture.lostAfterMs;
    });

    afterEach(async () => {
      for (const experiment of await context.store.listExperiments({ limit: 10_000 })) {
        await context.store.cancelExperiment(experiment.id);
      }
    });

    afterAll(async () => {
      await context.other?.close();
      await context.store?.close();
      await fixture?.cleanup();
    });

    registerRecordContract(context);
    registerQueueContract(context);
    registerRetryContract(context);
    registerWorkerContract(context);
    registerLapseContract(context);
    registerResumeContract(context);
    registerChangesContract(context);
  });
}

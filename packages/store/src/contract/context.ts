import { expect } from 'vitest';
import type { ClaimedRun } from '../claims';
import type { SubmitResult } from '../records';
import type { Store } from '../store';
import { prepareSubmission } from '../submission';
import { tinySpec } from '../testing/tiny-spec';

export interface ContractContext {
  store: Store;
  other: Store;
  lostAfterMs: number;
}

let submitted = 0;

/** Submits a tiny real spec under a name no other test uses. */
export async function submitTiny(
  store: Store,
  overrides: Record<string, unknown> = {},
  maxAttempts?: number,
): Promise<SubmitResult> {
  submitted += 1;
  const spec = tinySpec({ name: `contract ${submitted} ${Date.now()}`, ...overrides });
  return store.submitExperiment(prepareSubmission(spec, { maxAttempts }));
}

/** Claims one run and checks it belongs to the experiment the test submitted. */
export async function claimOf(
  store: Store,
  experimentId: string,
  workerId = 'w1',
): Promise<ClaimedRun> {
  const claim = await store.claimRun(workerId);
  expect(claim?.experimentId).toBe(experimentId);
  return claim as ClaimedRun;
}

export const oneRun: Record<string, unknown> = {
  seeds: { count: 1, base: 1 },
  arms: [{ name: 'popular', model: { kind: 'popularity' } }],
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

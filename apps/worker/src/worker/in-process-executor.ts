import { type RunSpec, runRun } from '@goodhart/experiment';
import type { RunExecutor } from './types';

/**
 * Runs in the worker's own thread. Heartbeats wait while a round computes, so keep rounds
 * short with it; it is for tests and debugging, where a thread per run is not wanted.
 */
export const inProcessExecutor: RunExecutor = {
  execute: (claim, hooks) =>
    runRun(claim.runSpec as RunSpec, { signal: hooks.signal, onRound: hooks.onRound }),
  close: async () => {},
};

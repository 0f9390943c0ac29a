import type { RoundRecord, RunResult } from '@goodhart/experiment';

/** From the worker's main thread to a run thread. */
export type ToRunThread =
  | { type: 'run'; runSpec: unknown }
  | { type: 'round-stored'; stop: boolean }
  | { type: 'abort' };

/** From a run thread to the main thread. */
export type FromRunThread =
  | { type: 'round'; record: RoundRecord }
  | { type: 'result'; result: RunResult }
  | { type: 'error'; name: string; message: string; stack?: string };

/** What one case reports to the parent process; plain data, sent over IPC. */
export interface CaseResult {
  id: string;
  title: string;
  /** The TensorFlow.js backend in use, or what did the work when no tensors are involved. */
  backend: string;
  /** Column names, then rows of already formatted cells. */
  columns: string[];
  rows: string[][];
  /** Headline figure against the target, when the case has one. */
  verdict?: { figure: string; target: string; met: boolean };
  notes: string[];
  memory: { sampledRssMiB: number; maxRssMiB: number };
  /** The store's estimate of the run's peak (estimateRunMemory), for cases that run a spec. */
  estimatedPeakMiB?: number;
  /** Whole-case wall time, seconds. */
  elapsedSeconds: number;
}

/** The message a child process sends: its result, or why it failed. */
export type ChildMessage = { ok: true; result: CaseResult } | { ok: false; error: string };

import type { ReliabilityBin } from '@goodhart/metrics';

export type { ReliabilityBin };

/** The metrics of one round, flat so they can be stored and charted as they are. */
export interface RoundRecord {
  round: number;
  metrics: Record<string, number>;
}

/** Supply (what creators offer) at the end of a round. */
export interface SupplyPoint {
  round: number;
  meanQuality: number;
  clickbaitShare: number;
}

export interface RunResult {
  key: string;
  group: string;
  arm: string;
  seed: number;
  params: Record<string, number | string | boolean>;
  /** The TensorFlow.js backend the run used: 'tensorflow' | 'wasm' | 'cpu'. */
  backend: string;
  rounds: RoundRecord[];
  /** Final-round values, plus `mean_*` averages over rounds (see summaryMetrics). */
  summary: Record<string, number>;
  reliability?: ReliabilityBin[];
  supply?: SupplyPoint[];
}

export interface RunHooks {
  onRound?(record: RoundRecord): void | Promise<void>;
  signal?: AbortSignal;
}

/** Thrown by runRun when its signal aborts; the run stops at the next round boundary. */
export class RunCancelledError extends Error {
  constructor(readonly key: string) {
    super(`run ${key} cancelled`);
    this.name = 'AbortError';
  }
}

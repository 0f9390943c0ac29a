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

/** The parts of a feedback-loop round that RunHooks.onPhase times. */
export type RunPhase = 'recommend' | 'simulate' | 'train' | 'oracle' | 'metrics';

export interface RunHooks {
  onRound?(record: RoundRecord): void | Promise<void>;
  /**
   * Feedback-loop runs only: wall milliseconds (performance.now differences) spent in each
   * phase of `round`, every phase once per round before onRound. recommend: model scores and
   * the decision rule; oracle: expected utility of the policy's and the oracle's slates;
   * simulate: the world plays the slates; train: the training window and the refit (0 between
   * refits); metrics: the relevance probe, consumption history and the round's metrics.
   */
  onPhase?(phase: RunPhase, milliseconds: number, round: number): void;
  signal?: AbortSignal;
}

/** Thrown by runRun when its signal aborts; the run stops at the next round boundary. */
export class RunCancelledError extends Error {
  constructor(readonly key: string) {
    super(`run ${key} cancelled`);
    this.name = 'AbortError';
  }
}

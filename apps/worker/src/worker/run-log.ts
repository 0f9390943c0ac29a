import type { RoundRecord } from '@goodhart/experiment';
import type { ClaimedRun, RunLog, Store } from '@goodhart/store';

/**
 * The figures a round's log line shows, when the round has them: learnability first (does the
 * model learn), then the proxy it optimises. The full metrics are in the round's row; the line
 * is for a person scanning a run that went odd.
 */
const roundFigures = [
  'relevanceAucPerUser',
  'ndcgAt10',
  'ctr',
  'trainLoss',
  'validationLoss',
  'auc',
] as const;

/**
 * What the worker writes into a run's log: the attempt's start, a line per stored round, and
 * how far it got when it ends (the store adds the outcome, a failure's error with its stack). Writing a line never fails the run: a log is for
 * diagnosis, and a store that refuses a line is retried where it matters (the round itself).
 */
export class RunLogWriter {
  private readonly startedAt = performance.now();
  private roundStartedAt = this.startedAt;

  constructor(
    private readonly store: Store,
    private readonly claim: ClaimedRun,
  ) {}

  async write(level: RunLog['level'], message: string, detail?: string): Promise<void> {
    await this.store.appendLog(this.claim.runId, level, message, detail).catch(() => undefined);
  }

  started(): Promise<void> {
    const { key, attempt, totalRounds, workerId } = this.claim;
    return this.write(
      'info',
      `running ${key}, attempt ${attempt}: ${totalRounds} rounds on worker ${workerId}`,
    );
  }

  roundStored(record: RoundRecord, completedRounds: number): Promise<void> {
    const now = performance.now();
    const seconds = seconds1(now - this.roundStartedAt);
    this.roundStartedAt = now;
    const figures = roundFigures
      .filter((name) => Number.isFinite(record.metrics[name]))
      .map((name) => `${name} ${formatFigure(record.metrics[name])}`);
    const tail = figures.length > 0 ? `: ${figures.join(', ')}` : '';
    return this.write(
      'info',
      `round ${record.round} stored (${completedRounds} of ${this.claim.totalRounds}) after ${seconds} s${tail}`,
    );
  }

  /**
   * Before the store's own line for the outcome ("attempt 1 succeeded", "attempt 1 failed:
   * <error>" with its stack): how far the attempt got, how long it took, and why it stops.
   */
  finished(backend: string): Promise<void> {
    const { totalRounds } = this.claim;
    return this.write(
      'info',
      `ran ${totalRounds} of ${totalRounds} rounds in ${this.elapsed()} s on the ${backend} backend`,
    );
  }

  stopping(reason: StopReason, completedRounds: number): Promise<void> {
    const { totalRounds } = this.claim;
    const line = `stopping after ${completedRounds} of ${totalRounds} rounds (${this.elapsed()} s): ${stopReasons[reason]}`;
    return this.write(reason === 'lost' ? 'warn' : 'info', line);
  }

  private elapsed(): string {
    return seconds1(performance.now() - this.startedAt);
  }
}

export type StopReason = 'cancelled' | 'shutdown' | 'lost' | 'threw';

const stopReasons: Record<StopReason, string> = {
  cancelled: 'the experiment was cancelled',
  shutdown: 'the worker is shutting down; the run goes back to the queue',
  lost: "this attempt is no longer the run's (its lease lapsed: another worker may hold it)",
  threw: 'the run threw an error',
};

/** `Name: message`, as the run's error column holds it. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function seconds1(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function formatFigure(value: number | undefined): string {
  if (value === undefined) return '–';
  return Math.abs(value) >= 1000 ? value.toFixed(0) : value.toPrecision(3);
}

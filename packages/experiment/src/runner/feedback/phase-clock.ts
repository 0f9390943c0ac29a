import type { RunHooks, RunPhase } from '../run-result';

const phases: readonly RunPhase[] = ['recommend', 'simulate', 'train', 'oracle', 'metrics'];

/**
 * Wall time per phase of one feedback-loop round, for RunHooks.onPhase. Each `lap` charges
 * the time since the previous lap to a phase, so a phase split across the round (metrics)
 * adds up. Without an onPhase hook every method returns at once and the clock is never read.
 */
export class PhaseClock {
  private readonly spent = new Float64Array(phases.length);
  private last = 0;

  constructor(private readonly onPhase: RunHooks['onPhase']) {}

  start(): void {
    if (this.onPhase === undefined) return;
    this.spent.fill(0);
    this.last = performance.now();
  }

  lap(phase: RunPhase): void {
    if (this.onPhase === undefined) return;
    const now = performance.now();
    this.spent[phases.indexOf(phase)]! += now - this.last;
    this.last = now;
  }

  /** Reports every phase, zero for one that did not run this round (train between refits). */
  report(round: number): void {
    const { onPhase } = this;
    if (onPhase === undefined) return;
    phases.forEach((phase, k) => {
      onPhase(phase, this.spent[k]!, round);
    });
  }
}

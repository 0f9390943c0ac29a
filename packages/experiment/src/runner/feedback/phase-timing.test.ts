import { describe, expect, it } from 'vitest';
import type { RunPhase } from '../run-result';
import { runRun } from '../run-run';
import { tinyFeedbackRuns } from '../test-runs';

const allPhases: RunPhase[] = ['recommend', 'simulate', 'train', 'oracle', 'metrics'];

describe('runRun onPhase', () => {
  const [clickRun] = tinyFeedbackRuns();

  it('reports every phase once per round, before that round is recorded', async () => {
    const events: string[] = [];
    const durations: number[] = [];
    const timed = await runRun(clickRun, {
      onPhase: (phase, milliseconds, round) => {
        events.push(`${round}:${phase}`);
        durations.push(milliseconds);
      },
      onRound: (record) => void events.push(`${record.round}:round`),
    });
    const expected = [0, 1, 2].flatMap((round) => [
      ...allPhases.map((phase) => `${round}:${phase}`),
      `${round}:round`,
    ]);
    expect(events).toEqual(expected);
    for (const ms of durations) {
      expect(Number.isFinite(ms)).toBe(true);
      expect(ms).toBeGreaterThanOrEqual(0);
    }

    // Timing reads the clock only; the run's numbers are those of an untimed run.
    const untimed = await runRun(clickRun);
    expect(timed.rounds).toEqual(untimed.rounds);
    expect(timed.summary).toEqual(untimed.summary);
  });
});

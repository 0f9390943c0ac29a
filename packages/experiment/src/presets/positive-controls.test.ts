import { describe, expect, it } from 'vitest';
import { learnabilityBar } from '../claims/learnability-bar';
import { runRun } from '../runner/run-run';
import { expandRuns } from '../runs/expand-runs';
import type { FeedbackLoopSpec } from '../spec/experiment-schema';
import { parseSpec } from '../spec/parse-spec';
import { getPreset } from './index';

/**
 * Each preset's positive control, in its own world shrunk to seconds: the arm that ranks by
 * true utility must clear the learnability bar, or the world holds no taste to learn (or the
 * probe cannot see it). What the learners reach is the claims' own gate, judged per run.
 */
async function positiveControlAuc(name: string, arm: string): Promise<number> {
  const preset = getPreset(name) as FeedbackLoopSpec;
  const spec = parseSpec({
    ...preset,
    world: { ...preset.world, numUsers: 150, numItems: 80 },
    rounds: preset.training.startupRounds + 3,
    seeds: { count: 1, base: 1 },
    arms: preset.arms.filter((a) => a.name === arm),
    claims: undefined,
    reference: undefined,
    sweep: undefined,
  });
  const [run] = expandRuns(spec);
  if (run === undefined) throw new Error(`${arm}: the spec expands to no runs`);
  const result = await runRun(run);
  return result.summary[learnabilityBar.feedback.metric] ?? Number.NaN;
}

describe('positive controls clear the learnability bar', () => {
  for (const name of ['homogenization', 'duration-bias', 'engagement-weight', 'positive-only']) {
    it(`${name}: ideal`, async () => {
      expect(await positiveControlAuc(name, 'ideal')).toBeGreaterThanOrEqual(
        learnabilityBar.feedback.min,
      );
    }, 60_000);
  }
});

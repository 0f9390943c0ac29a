import { describe, expect, it } from 'vitest';
import { learnabilityBar } from '../claims/learnability-bar';
import { runRun } from '../runner/run-run';
import { expandRuns } from '../runs/expand-runs';
import { parseSpec } from '../spec/parse-spec';
import { learnerFrontier } from './learner-frontier';
import { smallLearnableWorld } from './small-learnable-world';

describe('learner-frontier', () => {
  it('its students learn a small learnable world, on every kind of label, and the fittable arm reports its kept share', async () => {
    // The preset's three arms (the same small two-tower student, its schedule) on a small world
    // whose clicks carry a strong relevance signal (2 topic dimensions, click logit
    // −0.5 + 5·relevance): the test is that the student can learn from each kind of label, not
    // that the preset's default world is learnable (every run's gate reports that). Nothing
    // about which arm learns more is asserted.
    const spec = parseSpec({
      ...learnerFrontier,
      claims: undefined,
      reference: undefined,
      world: smallLearnableWorld(learnerFrontier.world),
      rounds: 14,
      seeds: { count: 1, base: 1 },
    });
    for (const run of expandRuns(spec)) {
      const result = await runRun(run, {});
      expect(result.summary.relevanceAucPerUser, run.arm).toBeGreaterThanOrEqual(
        learnabilityBar.feedback.min,
      );
      const share = result.summary.teacherLabelShare;
      if (run.arm === 'own-labels') expect(share).toBeUndefined();
      else if (run.arm === 'teacher') expect(share).toBe(1);
      else {
        expect(share).toBeGreaterThan(0);
        expect(share).toBeLessThanOrEqual(1);
      }
    }
  }, 240_000);
});

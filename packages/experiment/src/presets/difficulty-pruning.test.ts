import { describe, expect, it } from 'vitest';
import { learnabilityBar } from '../claims/learnability-bar';
import { runRun } from '../runner/run-run';
import { expandRuns } from '../runs/expand-runs';
import { parseSpec } from '../spec/parse-spec';
import { difficultyPruning } from './difficulty-pruning';
import { smallLearnableWorld } from './small-learnable-world';

describe('difficulty-pruning', () => {
  it('its learners learn a small learnable world however their rows are selected, and train on the rows the selection leaves', async () => {
    // The preset's model and schedule, arms full, el2n-75, random-75 and utility-weighted (the
    // hardest prune of each kind), on a small world whose clicks carry a strong relevance signal
    // (2 topic dimensions, click logit −0.5 + 5·relevance): that each can learn when there is
    // something to learn, not the preset's world (every run's gate reports that), nor which arm
    // learns more.
    const names = ['full', 'el2n-75', 'random-75', 'utility-weighted'];
    const spec = parseSpec({
      ...difficultyPruning,
      claims: undefined,
      reference: undefined,
      world: smallLearnableWorld(difficultyPruning.world),
      rounds: 14,
      seeds: { count: 1, base: 1 },
      arms: difficultyPruning.arms.filter((arm) => names.includes(arm.name)),
    });
    const rows: Record<string, number> = {};
    for (const run of expandRuns(spec)) {
      const result = await runRun(run, {});
      expect(result.summary.relevanceAucPerUser, run.arm).toBeGreaterThanOrEqual(
        learnabilityBar.feedback.min,
      );
      rows[run.arm] = result.summary.trainRows ?? Number.NaN;
    }
    // Arms of a seed share the start-up slates, but who comes back afterwards depends on each
    // arm's own slates, so their last refits differ in size by that too, not only by the prune:
    // a 75% prune keeps ⌈n/4⌉ rows of a refit that, unpruned, would be about the full arm's.
    const ofFull = (name: string) => (rows[name] ?? Number.NaN) / (rows.full ?? Number.NaN);
    for (const name of ['el2n-75', 'random-75']) {
      expect(ofFull(name), name).toBeGreaterThan(0.2);
      expect(ofFull(name), name).toBeLessThan(0.3);
    }
    expect(ofFull('utility-weighted')).toBeGreaterThan(0.8);
    expect(ofFull('utility-weighted')).toBeLessThan(1.25);
  }, 300_000);
});

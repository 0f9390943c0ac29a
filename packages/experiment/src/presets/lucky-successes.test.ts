import { describe, expect, it } from 'vitest';
import { learnabilityBar } from '../claims/learnability-bar';
import { runRun } from '../runner/run-run';
import { expandRuns } from '../runs/expand-runs';
import { parseSpec } from '../spec/parse-spec';
import { luckySuccesses } from './lucky-successes';
import { smallLearnableWorld } from './small-learnable-world';

/** The preset in a small world with a strong relevance signal, with the arms named. */
function smallSpec(arms: readonly string[], rounds: number) {
  return parseSpec({
    ...luckySuccesses,
    claims: undefined,
    reference: undefined,
    world: smallLearnableWorld(luckySuccesses.world),
    rounds,
    seeds: { count: 1, base: 1 },
    arms: luckySuccesses.arms.filter((arm) => arms.includes(arm.name)),
  });
}

describe('lucky-successes', () => {
  it('its plain click model, the positive control, learns a small learnable world', async () => {
    // Which arm learns more, or whether any learns the marker, is the claims' and is not
    // asserted here.
    const [run] = expandRuns(smallSpec(['plain'], 14));
    if (run === undefined) throw new Error('the spec expands to no runs');
    const result = await runRun(run, {});
    expect(result.summary.relevanceAucPerUser).toBeGreaterThanOrEqual(learnabilityBar.feedback.min);
  }, 300_000);

  it('every arm enters its own rounds with the same pretrained model; the reward applies after', async () => {
    // The start-up's refits are on plain clicks for every arm (same data, weights, refits), so
    // the probe at round 5 (the model after the 5 start-up refits) reads the same in both arms;
    // at round 6 the group-relative arm has had one refit on its own labels.
    const [plain, grouped] = await Promise.all(
      expandRuns(smallSpec(['plain', 'group-relative'], 7)).map((run) => runRun(run, {})),
    );
    const at = (result: typeof plain, round: number, metric: string) =>
      result?.rounds[round]?.metrics[metric];
    expect(at(grouped, 5, 'relevanceAucPerUser')).toBe(at(plain, 5, 'relevanceAucPerUser'));
    expect(at(grouped, 5, 'markerRankLift')).toBe(at(plain, 5, 'markerRankLift'));
    expect(at(grouped, 6, 'ece')).not.toBe(at(plain, 6, 'ece'));
  }, 300_000);
});

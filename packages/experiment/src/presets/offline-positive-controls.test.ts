import { describe, expect, it } from 'vitest';
import { learnabilityBar } from '../claims/learnability-bar';
import { runRun } from '../runner/run-run';
import { expandRuns } from '../runs/expand-runs';
import type { ExperimentSpec } from '../spec/experiment-schema';
import { parseSpec } from '../spec/parse-spec';
import { getPreset } from './index';

/**
 * The offline presets in miniature (one seed, 1,000 training and 1,000 test examples, one
 * grid point): every arm a claim gates on must clear the learnability bar, or the preset's
 * claims could only ever be inconclusive. No claim's direction is asserted here.
 */
function small(name: 'misaligned-by-design' | 'calibration'): ExperimentSpec {
  const spec = getPreset(name);
  if (spec.kind !== 'offline-classification') throw new Error(`${name} is not offline`);
  const { sweep: _, ...rest } = spec;
  return parseSpec({
    ...rest,
    seeds: { count: 1, base: 1 },
    task: { ...spec.task, numTrain: 1000, numTest: 1000, costs: { ...spec.task.costs } },
  });
}

const bar = learnabilityBar.offline;

describe.each(['misaligned-by-design', 'calibration'] as const)('%s positive control', (name) => {
  it(`every gated arm reaches a held-out ${bar.metric} of at least ${bar.min}`, async () => {
    const spec = small(name);
    const gated = new Set((spec.claims ?? []).flatMap((claim) => claim.gate?.arms ?? []));
    // Every claim has a gate, and the gates name arms of the spec (not every arm: an arm whose
    // doing worse is what the claims predict is reported, not gated).
    expect(gated.size).toBeGreaterThan(0);
    expect([...gated].every((arm) => spec.arms.some((candidate) => candidate.name === arm))).toBe(
      true,
    );
    for (const run of expandRuns(spec).filter((candidate) => gated.has(candidate.arm))) {
      const { summary } = await runRun(run);
      expect(summary[bar.metric], run.arm).toBeGreaterThanOrEqual(bar.min);
    }
  }, 120_000);
});

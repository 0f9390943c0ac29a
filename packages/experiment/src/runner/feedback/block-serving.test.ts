import { describe, expect, it } from 'vitest';
import { expandRuns } from '../../runs/expand-runs';
import type { FeedbackLoopSpec } from '../../spec/experiment-schema';
import { parseSpec } from '../../spec/parse-spec';
import { ensureBackend } from '../backend';
import { runFeedbackLoop } from './feedback-loop';

// Every kind of model and every decision rule that draws random numbers or reads more than
// one head: cutting the round's users into blocks must change none of their numbers.
const spec = parseSpec({
  name: 'blocks',
  world: { numUsers: 50, numItems: 30, numCreators: 4, slateSize: 4 },
  rounds: 4,
  seeds: { count: 1, base: 3 },
  training: { retrainEvery: 1, logWindow: 2, startupRounds: 1 },
  arms: [
    {
      name: 'two-heads-summed',
      model: {
        kind: 'mf',
        embeddingDim: 4,
        heads: { click: { loss: 'bce' }, satisfaction: { loss: 'bce' } },
      },
      decision: {
        weights: { click: 1, satisfaction: 0.5 },
        exploration: { kind: 'softmax', temperature: 0.5 },
      },
    },
    {
      name: 'epsilon-excluding',
      model: { kind: 'two-tower', embeddingDim: 4 },
      decision: { exploration: { kind: 'epsilon-greedy', epsilon: 0.3 }, excludeClicked: true },
    },
    {
      name: 'rand-top-k-mmr',
      model: { kind: 'mf', embeddingDim: 4 },
      decision: {
        rerank: { kind: 'mmr', lambda: 0.5 },
        exploration: { kind: 'rand-top-k', share: 0.5 },
      },
    },
    { name: 'random', model: { kind: 'random' } },
    { name: 'popularity', model: { kind: 'popularity' } },
    { name: 'ideal', model: { kind: 'ideal' } },
  ],
});

describe('serveInBlocks in the feedback loop', () => {
  it('gives every arm the same results with one user per block, seven, or all at once', async () => {
    const backend = await ensureBackend();
    const numItems = 30;
    const runs = expandRuns(spec);
    expect(runs.map((r) => r.arm)).toHaveLength(6);
    for (const run of runs) {
      const loop = run.spec as FeedbackLoopSpec;
      const arm = loop.arms.find((a) => a.name === run.arm);
      if (arm === undefined) throw new Error(`no arm ${run.arm}`);
      const results = [];
      for (const blockCells of [numItems, 7 * numItems, 1e9]) {
        results.push(await runFeedbackLoop(run, loop, arm, {}, backend, { blockCells }));
      }
      expect(results[0]?.rounds.length).toBe(4);
      expect(results[0], run.arm).toEqual(results[2]);
      expect(results[1], run.arm).toEqual(results[2]);
    }
  }, 60_000);
});

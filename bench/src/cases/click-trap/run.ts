import { expandRuns, getPreset, parseSpec, runRun } from '@goodhart/experiment';
import { MemoryPeak } from '../../harness/memory';
import type { CaseResult } from '../../harness/result';
import { median } from '../../harness/stats';
import { PhaseProfiler, type PhaseRule } from './phase-profile';

export interface ClickTrapJob {
  users: number;
  items: number;
  rounds: number;
  /** Overrides the preset's training batch size. */
  batchSize?: number;
}

const file = (url: string, name: string) => url.endsWith(`/${name}`);

/**
 * How a round of runFeedbackLoop (packages/experiment) splits, by the functions it calls.
 * The runner has no timing hooks, so the bench recognises its steps on the sampled stacks.
 */
const roundPhases: PhaseRule[] = [
  { phase: 'recommend: model scores', matches: (fn) => fn === 'predict' },
  { phase: 'recommend: slates', matches: (_, url) => url.includes('/decisions/') },
  {
    phase: 'simulate',
    matches: (fn, url) => fn === 'step' && file(url, 'recommendation-env.ts'),
  },
  {
    phase: 'train',
    matches: (fn, url) =>
      fn === 'refit' || fn === 'trainingData' || file(url, 'training-window.ts'),
  },
  {
    phase: 'oracle (regret)',
    matches: (fn) => fn === 'rankByTrueUtility' || fn === 'expectedSlateUtility',
  },
  {
    phase: 'metrics',
    matches: (fn, url) =>
      fn === 'roundMetrics' ||
      fn === 'topicColumns' ||
      file(url, 'consumption.ts') ||
      // Scores every item for 200 fixed users with the model (a predict of its own) and
      // compares them with the truth: a metric, not the recommendation.
      file(url, 'relevance-probe.ts'),
  },
];

/**
 * The click-trap preset's first arm, through the real runRun, with the world resized. Round 0
 * also builds the world and the model, so it is reported apart; the phase split covers the
 * rounds after it.
 */
export async function runClickTrap(job: ClickTrapJob): Promise<CaseResult> {
  const began = performance.now();
  const memory = new MemoryPeak();
  const preset = getPreset('click-trap');
  if (preset.kind !== 'feedback-loop')
    throw new Error('the click-trap preset is not a feedback loop');
  const spec = parseSpec({
    ...preset,
    world: { ...preset.world, numUsers: job.users, numItems: job.items },
    rounds: job.rounds,
    seeds: { count: 1, base: 1 },
    ...(job.batchSize === undefined
      ? {}
      : { training: { ...preset.training, batchSize: job.batchSize } }),
  });
  const run = expandRuns(spec)[0];
  const profiler = new PhaseProfiler();
  const roundEnds: number[] = [];
  const roundCpu: number[] = [];
  const activeUsers: number[] = [];
  let cpu = process.cpuUsage();
  const start = performance.now();
  const result = await runRun(run, {
    onRound: async (record) => {
      roundEnds.push(performance.now());
      const used = process.cpuUsage(cpu);
      roundCpu.push((used.user + used.system) / 1000);
      cpu = process.cpuUsage();
      activeUsers.push(record.metrics.activeUsers);
      memory.sample();
      if (record.round === 0 && job.rounds > 1) await profiler.start();
    },
  });
  const phases = job.rounds > 1 ? await profiler.stop(roundPhases) : new Map<string, number>();
  const peak = memory.stop();
  const firstRound = roundEnds[0] - start;
  const steady = roundEnds.slice(1).map((end, r) => end - roundEnds[r]);
  const perRound = median(steady);
  const profiled = [...phases.values()].reduce((sum, ms) => sum + ms, 0);
  const order = [...roundPhases.map((rule) => rule.phase), 'gc', 'other'];
  const rows = order.map((phase) => {
    const ms = (phases.get(phase) ?? 0) / Math.max(1, steady.length);
    const share = profiled > 0 ? (100 * (phases.get(phase) ?? 0)) / profiled : Number.NaN;
    return [phase, (ms / 1000).toFixed(3), `${share.toFixed(0)}%`];
  });
  rows.push(['round (wall, median)', (perRound / 1000).toFixed(3), '']);
  rows.push(['round (CPU time, median)', (median(roundCpu.slice(1)) / 1000).toFixed(3), '']);
  rows.push(['round 0 (with world and model set-up)', (firstRound / 1000).toFixed(3), '']);
  const size = `${job.users.toLocaleString('en')} × ${job.items.toLocaleString('en')}`;
  return {
    id: `click-trap:${job.users}x${job.items}:${job.batchSize ?? 'preset'}`,
    title: `Click-trap preset, arm ${run.arm}, ${size}, training batch ${spec.kind === 'feedback-loop' ? (spec.training.batchSize ?? 'model default') : '–'} (seconds per round)`,
    backend: result.backend,
    columns: ['phase', 's/round', 'share'],
    rows,
    verdict: {
      figure: `${(perRound / 1000).toFixed(2)} s/round`,
      target: '≤ 2 s/round',
      met: perRound <= 2000,
    },
    notes: [
      `${steady.length} timed rounds after round 0; about ${Math.round(median(activeUsers))} active users per round`,
      'phase split from a 1 ms sampling CPU profile of those rounds (the runner has no timing hooks); "recommend" is the model scoring every item for every active user plus the decision rule',
    ],
    memory: peak,
    elapsedSeconds: (performance.now() - began) / 1000,
  };
}

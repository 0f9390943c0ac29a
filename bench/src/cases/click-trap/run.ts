import {
  type ExperimentSpec,
  expandRuns,
  getPreset,
  parseSpec,
  type RunPhase,
  runRun,
} from '@goodhart/experiment';
import { estimateRunMemory } from '@goodhart/store/submission';
import { MemoryPeak } from '../../harness/memory';
import type { CaseResult } from '../../harness/result';
import { median } from '../../harness/stats';

export interface ClickTrapJob {
  users: number;
  items: number;
  rounds: number;
  /** Overrides the preset's training batch size. */
  batchSize?: number;
  /** The preset arm to time (default: its first, click-bce). */
  arm?: string;
}

/** The runner's phases (RunHooks.onPhase), in the order the table lists them. */
const phaseRows: { phase: RunPhase; label: string }[] = [
  { phase: 'recommend', label: 'recommend (model scores + decision rule)' },
  { phase: 'simulate', label: 'simulate' },
  { phase: 'train', label: 'train (training window + refit)' },
  { phase: 'oracle', label: 'oracle (regret)' },
  { phase: 'metrics', label: 'metrics (relevance probe, consumption, round metrics)' },
];

/** The spec with only the named arm (a feedback-loop spec stays one). */
function armAlone(spec: ExperimentSpec, arm: string): ExperimentSpec {
  if (spec.kind !== 'feedback-loop') return spec;
  return { ...spec, arms: spec.arms.filter((a) => a.name === arm) };
}

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
    // Every timed round is a feedback round of the arm's own (no random start-up slates).
    training: {
      ...preset.training,
      startupRounds: 0,
      ...(job.batchSize === undefined ? {} : { batchSize: job.batchSize }),
    },
  });
  const runs = expandRuns(spec);
  const run = job.arm === undefined ? runs[0] : runs.find((r) => r.arm === job.arm);
  if (run === undefined) {
    throw new Error(
      `click-trap has no arm "${job.arm}"; its arms: ${runs.map((r) => r.arm).join(', ')}`,
    );
  }
  // Milliseconds per phase summed over the rounds after round 0.
  const phases = new Map<RunPhase, number>();
  const roundEnds: number[] = [];
  const roundCpu: number[] = [];
  const activeUsers: number[] = [];
  let cpu = process.cpuUsage();
  const start = performance.now();
  const result = await runRun(run, {
    onPhase: (phase, milliseconds, round) => {
      if (round > 0) phases.set(phase, (phases.get(phase) ?? 0) + milliseconds);
    },
    onRound: (record) => {
      roundEnds.push(performance.now());
      const used = process.cpuUsage(cpu);
      roundCpu.push((used.user + used.system) / 1000);
      cpu = process.cpuUsage();
      activeUsers.push(record.metrics.activeUsers ?? Number.NaN);
      memory.sample();
    },
  });
  const peak = memory.stop();
  const firstRound = (roundEnds[0] ?? Number.NaN) - start;
  const steady = roundEnds.slice(1).map((end, r) => end - roundEnds[r]!);
  const perRound = median(steady);
  const timed = steady.reduce((sum, ms) => sum + ms, 0);
  const phased = [...phases.values()].reduce((sum, ms) => sum + ms, 0);
  // Wall time of the timed rounds outside the phases: the bench's own onRound, the awaits.
  const split = [
    ...phaseRows.map(({ phase, label }) => [label, phases.get(phase) ?? 0] as const),
    ['other (outside the phases)', Math.max(0, timed - phased)] as const,
  ];
  const rows = split.map(([label, total]) => {
    const ms = total / Math.max(1, steady.length);
    const share = timed > 0 ? (100 * total) / timed : Number.NaN;
    return [label, (ms / 1000).toFixed(3), `${share.toFixed(0)}%`];
  });
  rows.push(['round (wall, median)', (perRound / 1000).toFixed(3), '']);
  rows.push(['round (CPU time, median)', (median(roundCpu.slice(1)) / 1000).toFixed(3), '']);
  rows.push(['round 0 (with world and model set-up)', (firstRound / 1000).toFixed(3), '']);
  const size = `${job.users.toLocaleString('en')} × ${job.items.toLocaleString('en')}`;
  return {
    id: `click-trap:${job.users}x${job.items}:${job.batchSize ?? 'preset'}${run === runs[0] ? '' : `:${run.arm}`}`,
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
      'phase split: mean wall seconds per timed round from the runner\'s onPhase hook, share of those rounds\' wall time; "recommend" is the model scoring every item for every active user plus the decision rule',
    ],
    memory: peak,
    // The estimate for a spec of this arm alone (the spec's largest arm sets its estimate).
    estimatedPeakMiB: estimateRunMemory(armAlone(spec, run.arm)).bytes / 2 ** 20,
    elapsedSeconds: (performance.now() - began) / 1000,
  };
}

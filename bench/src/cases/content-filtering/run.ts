import { createRng, sampleWithoutReplacement } from '@goodhart/random';
import { AttributeEnv } from '@goodhart/sim';
import type { SizeName } from '../../harness/args';
import { MemoryPeak } from '../../harness/memory';
import type { CaseResult } from '../../harness/result';
import { median } from '../../harness/stats';
import { MainThreadRecommender } from './main-thread';
import type { TrecsRecommender } from './recommender';
import { ShardedRecommender } from './sharded';
import { contentSizes, numAttributes, slateSize } from './sizes';
import { StraightforwardRecommender } from './straightforward';

/**
 * The implementations, from the straightforward one to the shipped one, each adding one
 * optimisation to the previous (the README's before/after ladder).
 */
export const contentVariants = {
  'full-sort': 'full users × items matrix, full sort per user, NNLS recomputed from counts',
  'partial-top-k': '+ partial top-k selection instead of a full sort',
  'incremental-nnls': '+ incremental Aᵀc and warm-started NNLS (still the full dense matrix)',
  'blocked-tables': '+ blocked lookup-table scoring (no full matrix), main thread',
  'candidate-lists':
    '+ per-user candidate lists (top 100 kept; every item scored only when needed)',
  optimised: '+ worker threads (one shard of users per worker), when two cores are free',
} as const;
export type ContentVariant = keyof typeof contentVariants;

export interface ContentJob {
  size: SizeName;
  variant: ContentVariant;
  workers: number;
  steps?: number;
  quick: boolean;
}

async function build(
  job: ContentJob,
  attributes: Float32Array,
  users: number,
  items: number,
): Promise<TrecsRecommender> {
  const args = [attributes, items, numAttributes, users, slateSize] as const;
  switch (job.variant) {
    case 'full-sort':
      return new StraightforwardRecommender(...args, false);
    case 'partial-top-k':
      return new StraightforwardRecommender(...args, true);
    case 'incremental-nnls':
      return new MainThreadRecommender(
        ...args,
        { scoring: 'dense', blockRows: users },
        'NnlsContentFilter, dense full matrix',
      );
    case 'blocked-tables':
      return new MainThreadRecommender(...args, { candidates: 0 }, 'NnlsContentFilter, every item');
    case 'candidate-lists':
      return new MainThreadRecommender(...args);
    case 'optimised':
      return job.workers === 0
        ? new MainThreadRecommender(...args)
        : ShardedRecommender.start(...args, job.workers);
  }
}

/** Content filtering, T-RECS style: startup, then timed steps split by phase. */
export async function runContentFiltering(job: ContentJob): Promise<CaseResult> {
  const began = performance.now();
  const memory = new MemoryPeak();
  const size = contentSizes[job.size];
  const { users, items, startupSteps } = size;
  const steps = job.steps ?? (job.quick ? Math.min(size.steps, 10) : size.steps);
  const env = new AttributeEnv(
    { numUsers: users, numItems: items, numAttributes, attributeProbability: 0.5, slateSize },
    1,
  );
  const observation = env.reset();
  const recommender = await build(job, observation.itemAttributes, users, items);
  const slates = new Int32Array(users * slateSize);
  const rng = createRng(2);
  try {
    // Startup: K random distinct items per user; T-RECS trains once, at its end.
    for (let s = 0; s < startupSteps; s++) {
      for (let u = 0; u < users; u++) {
        slates.set(sampleWithoutReplacement(items, slateSize, rng), u * slateSize);
      }
      const { chosen } = env.step(slates);
      if (s < startupSteps - 1) await recommender.record(chosen);
      else await recommender.train(chosen);
    }
    memory.sample();

    const phase = {
      scoring: [],
      selection: [],
      candidates: [],
      rescored: [],
      choice: [],
      training: [],
      wall: [],
      cpu: [],
    } as Record<
      'scoring' | 'selection' | 'candidates' | 'rescored' | 'choice' | 'training' | 'wall' | 'cpu',
      number[]
    >;
    for (let t = 0; t < steps; t++) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const { scoringMs, selectionMs, candidateMs, rescoredUsers } =
        await recommender.recommend(slates);
      const choiceStart = performance.now();
      const { chosen } = env.step(slates);
      const choiceMs = performance.now() - choiceStart;
      const trainingMs = await recommender.train(chosen);
      const wallMs = performance.now() - start;
      const used = process.cpuUsage(cpu);
      phase.scoring.push(scoringMs);
      phase.selection.push(selectionMs);
      phase.candidates.push(candidateMs);
      phase.rescored.push(rescoredUsers / users);
      phase.choice.push(choiceMs);
      phase.training.push(trainingMs);
      phase.wall.push(wallMs);
      phase.cpu.push((used.user + used.system) / 1000);
      memory.sample();
    }
    const ms = (values: number[]) => median(values);
    const wall = ms(phase.wall);
    const parts =
      ms(phase.scoring) +
      ms(phase.selection) +
      ms(phase.candidates) +
      ms(phase.choice) +
      ms(phase.training);
    const cpu = ms(phase.cpu);
    const nsPerPair = (wall * 1e6) / (users * items);
    const peak = memory.stop();
    const target = contentTargets[job.size];
    const shipped = job.variant === 'optimised' || job.variant === 'candidate-lists';
    return {
      id: `content:${job.size}:${job.variant}:${job.workers}`,
      title: 'Content filtering, T-RECS style (median seconds per step)',
      backend: 'none: typed arrays (no tensors)',
      columns: [
        'size',
        'users × items',
        'S / T',
        'implementation',
        'scoring',
        'top-K',
        'candidates',
        'rescored',
        'choice',
        'training',
        'other',
        'step',
        'CPU/step',
        'ns/pair',
        'peak RSS',
      ],
      rows: [
        [
          job.size,
          `${users.toLocaleString('en')} × ${items.toLocaleString('en')}`,
          `${startupSteps} / ${steps}`,
          recommender.label,
          s(ms(phase.scoring)),
          s(ms(phase.selection)),
          s(ms(phase.candidates)),
          `${(100 * median(phase.rescored)).toFixed(1)}%`,
          s(ms(phase.choice)),
          s(ms(phase.training)),
          s(Math.max(0, wall - parts)),
          s(wall),
          s(cpu),
          nsPerPair.toFixed(2),
          `${Math.round(peak.maxRssMiB)} MiB`,
        ],
      ],
      verdict:
        target !== undefined && shipped
          ? {
              figure: `${s(cpu)} CPU s/step, peak ${Math.round(peak.maxRssMiB)} MiB`,
              target: `≤ ${target.cpuSeconds} CPU s/step, < ${target.peakMiB} MiB`,
              met: cpu <= target.cpuSeconds * 1000 && peak.maxRssMiB < target.peakMiB,
            }
          : undefined,
      notes: [
        `first timed step ${s(phase.cpu[0] ?? 0)} CPU s, ${(100 * (phase.rescored[0] ?? 0)).toFixed(1)}% of users scored every item; slowest ${s(Math.max(...phase.cpu))} CPU s`,
      ],
      memory: peak,
      elapsedSeconds: (performance.now() - began) / 1000,
    };
  } finally {
    await recommender.close();
  }
}

/** Issue 14's targets, in CPU seconds per step (the median) and peak memory. */
const contentTargets: Partial<Record<SizeName, { cpuSeconds: number; peakMiB: number }>> = {
  large: { cpuSeconds: 0.15, peakMiB: 2048 },
  huge: { cpuSeconds: 5, peakMiB: 1024 },
};

function s(ms: number): string {
  return (ms / 1000).toFixed(ms < 10 ? 4 : 3);
}

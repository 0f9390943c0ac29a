import { freeCores } from '@goodhart/experiment';
import type { ClickTrapJob } from './cases/click-trap/run';
import {
  type ContentJob,
  type ContentVariant,
  contentVariants,
} from './cases/content-filtering/run';
import type { MetricsJob } from './cases/metrics/run';
import type { OracleJob } from './cases/oracle/run';
import type { TrainingJob } from './cases/training/run';
import type { BenchOptions } from './harness/args';

/** One case at one setting: run alone in its own child process. */
export type Job =
  | { case: 'content'; content: ContentJob }
  | { case: 'click-trap'; clickTrap: ClickTrapJob }
  | { case: 'oracle'; oracle: OracleJob }
  | { case: 'training'; training: TrainingJob }
  | { case: 'metrics'; metrics: MetricsJob };

/**
 * Worker threads by the cores free now (experiment's freeCores: cores minus the load average),
 * not by problem size: on a busy 2-core machine two threads lost to the main thread alone, so
 * with fewer than two free cores the main thread does the work.
 */
function autoWorkers(): number {
  const free = freeCores();
  return free >= 2 ? free : 0;
}

/** The straightforward variants, which hold the whole users × items score matrix. */
const fullMatrix = new Set<ContentVariant>(['full-sort', 'partial-top-k', 'incremental-nnls']);

/** Steps timed for each straightforward variant (they are slow by design). */
const baselineSteps = { quick: 2, full: 5 };

export function planJobs(options: BenchOptions): Job[] {
  const jobs: Job[] = [];
  for (const name of options.case) {
    if (name === 'content') {
      for (const size of options.size) {
        const ladder = options.baseline
          ? (Object.keys(contentVariants) as ContentVariant[]).filter(
              // A users × items matrix at 100,000 × 50,000 would take 40 GB.
              (variant) => size !== 'huge' || !fullMatrix.has(variant),
            )
          : (['optimised'] as ContentVariant[]);
        for (const variant of ladder) {
          const slow = fullMatrix.has(variant);
          const steps =
            options.steps ?? (slow ? baselineSteps[options.quick ? 'quick' : 'full'] : undefined);
          const workers = variant === 'optimised' ? (options.workers ?? autoWorkers()) : 0;
          jobs.push({
            case: 'content',
            content: {
              size,
              variant,
              workers,
              steps,
              quick: options.quick,
            },
          });
        }
      }
    } else if (name === 'click-trap') {
      const rounds = options.rounds ?? (options.quick ? 3 : 8);
      jobs.push({
        case: 'click-trap',
        clickTrap: { users: 10_000, items: 5000, rounds, arm: options.arm },
      });
    } else if (name === 'oracle') {
      jobs.push({
        case: 'oracle',
        oracle: { users: 10_000, items: 5000, rounds: options.quick ? 3 : 6 },
      });
    } else if (name === 'training') {
      jobs.push({
        case: 'training',
        training: { rounds: 5, fits: options.quick ? 1 : 3, secondsPerFit: options.quick ? 1 : 4 },
      });
    } else {
      jobs.push({ case: 'metrics', metrics: { users: 10_000, repeats: options.quick ? 1 : 5 } });
    }
  }
  return jobs;
}

export function describeJob(job: Job): string {
  switch (job.case) {
    case 'content':
      return `content ${job.content.size} (${job.content.variant}${job.content.workers > 0 ? `, ${job.content.workers} workers` : ''})`;
    case 'click-trap':
      return `click-trap ${job.clickTrap.users}×${job.clickTrap.items}, arm ${job.clickTrap.arm ?? 'click-bce'}, ${job.clickTrap.rounds} rounds${job.clickTrap.batchSize ? `, batch ${job.clickTrap.batchSize}` : ''}`;
    case 'oracle':
      return `oracle ${job.oracle.users}×${job.oracle.items}`;
    case 'training':
      return 'training throughput';
    case 'metrics':
      return 'metrics';
  }
}

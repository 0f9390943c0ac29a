import { RecommendationEnv, rankByTrueUtility } from '@goodhart/sim';
import { MemoryPeak } from '../../harness/memory';
import type { CaseResult } from '../../harness/result';
import { median, timed } from '../../harness/stats';

export interface OracleJob {
  users: number;
  items: number;
  repeats: number;
}

/**
 * sim's hidden-truth paths at the click-trap size: the oracle's slates (regret, every round of
 * every run), the full true-score matrix (the `ideal` model) and one environment step.
 */
export async function runOracle(job: OracleJob): Promise<CaseResult> {
  const began = performance.now();
  const memory = new MemoryPeak();
  const env = new RecommendationEnv({ numUsers: job.users, numItems: job.items }, 1);
  const observation = env.reset();
  const users = observation.activeUsers;
  const k = observation.slateSize;
  const measure = (label: string, run: () => unknown) => {
    run();
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < job.repeats; r++) {
      const t = timed(run);
      wall.push(t.wallMs);
      cpu.push(t.cpuMs);
      memory.sample();
    }
    return [label, (median(wall) / 1000).toFixed(3), (median(cpu) / 1000).toFixed(3)];
  };
  const slates = rankByTrueUtility(env, users, k);
  const rows = [
    measure('rankByTrueUtility (oracle slates)', () => rankByTrueUtility(env, users, k)),
    measure('env.trueScores (users × items matrix)', () => env.trueScores(users)),
    measure('env.expectedSlateUtility', () => env.expectedSlateUtility(users, slates)),
  ];
  return {
    id: 'oracle',
    title: `sim oracle and true scores, ${job.users.toLocaleString('en')} × ${job.items.toLocaleString('en')} (seconds, median)`,
    backend: 'none: typed arrays',
    columns: ['call', 'wall s', 'CPU s'],
    rows,
    notes: [
      `${users.length.toLocaleString('en')} active users of round 0, slates of ${k}; median of ${job.repeats} calls after a warm-up`,
    ],
    memory: memory.stop(),
    elapsedSeconds: (performance.now() - began) / 1000,
  };
}

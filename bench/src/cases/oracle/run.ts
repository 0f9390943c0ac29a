import { createRng } from '@goodhart/random';
import { RecommendationEnv, randomPolicy, rankByTrueUtility } from '@goodhart/sim';
import { MemoryPeak } from '../../harness/memory';
import type { CaseResult } from '../../harness/result';
import { median, timed } from '../../harness/stats';

export interface OracleJob {
  users: number;
  items: number;
  rounds: number;
}

/**
 * sim's hidden-truth paths at the click-trap size, round after round of random slates (the
 * world turns over between rounds, as in a run): the oracle's slates (regret, every round of
 * every run; the first call ranks from scratch, later ones carry rankings over), the full
 * true-score matrix (the `ideal` model) and the expected utility of given slates.
 */
export async function runOracle(job: OracleJob): Promise<CaseResult> {
  const began = performance.now();
  const memory = new MemoryPeak();
  const env = new RecommendationEnv({ numUsers: job.users, numItems: job.items }, 1);
  const policy = randomPolicy(createRng(2));
  let observation = env.reset();
  const k = observation.slateSize;
  // Per call, [wall ms, CPU ms].
  type Times = [wall: number, cpu: number];
  const calls: Record<'oracleFirst' | 'oracle' | 'trueScores' | 'slateUtility', Times[]> = {
    oracleFirst: [],
    oracle: [],
    trueScores: [],
    slateUtility: [],
  };
  const active: number[] = [];
  for (let round = 0; round < job.rounds; round++) {
    const users = observation.activeUsers;
    active.push(users.length);
    const oracle = timed(() => rankByTrueUtility(env, users, k));
    (round === 0 ? calls.oracleFirst : calls.oracle).push([oracle.wallMs, oracle.cpuMs]);
    const scores = timed(() => env.trueScores(users));
    calls.trueScores.push([scores.wallMs, scores.cpuMs]);
    const slates = policy(observation);
    const slate = timed(() => env.expectedSlateUtility(users, slates));
    calls.slateUtility.push([slate.wallMs, slate.cpuMs]);
    memory.sample();
    observation = env.step(slates).observation;
  }
  const row = (label: string, values: Times[]) => [
    label,
    (median(values.map((v) => v[0])) / 1000).toFixed(3),
    (median(values.map((v) => v[1])) / 1000).toFixed(3),
  ];
  return {
    id: 'oracle',
    title: `sim oracle and true scores, ${job.users.toLocaleString('en')} × ${job.items.toLocaleString('en')} (seconds per call, median)`,
    backend: 'none: typed arrays',
    columns: ['call', 'wall s', 'CPU s'],
    rows: [
      row('rankByTrueUtility, first round (from scratch)', calls.oracleFirst),
      row('rankByTrueUtility, later rounds (incremental)', calls.oracle),
      row('env.trueScores (users × items matrix)', calls.trueScores),
      row('env.expectedSlateUtility', calls.slateUtility),
    ],
    notes: [
      `${job.rounds} rounds of random slates, about ${Math.round(median(active)).toLocaleString('en')} active users each, slates of ${k}`,
    ],
    memory: memory.stop(),
    elapsedSeconds: (performance.now() - began) / 1000,
  };
}

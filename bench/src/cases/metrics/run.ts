import { consumedSetsFromLog, expectedCalibrationError, homogenization } from '@goodhart/metrics';
import { createRng } from '@goodhart/random';
import { MemoryPeak } from '../../harness/memory';
import type { CaseResult } from '../../harness/result';
import { median } from '../../harness/stats';

export interface MetricsJob {
  users: number;
  repeats: number;
}

function timeMs(run: () => unknown, repeats: number): number {
  run(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Consumption of `users` users: `perUser` clicks each over `items` items, a share `hitShare`
 * of them on a few popular items (a homogenized population) and the rest uniform.
 */
function consumption(
  users: number,
  items: number,
  perUser: number,
  hits: number,
  hitShare: number,
) {
  const rng = createRng(4);
  const user = new Int32Array(users * perUser);
  const item = new Int32Array(users * perUser);
  for (let u = 0, x = 0; u < users; u++) {
    for (let k = 0; k < perUser; k++, x++) {
      user[x] = u;
      item[x] = rng.next() < hitShare ? rng.int(hits) : rng.int(items);
    }
  }
  return consumedSetsFromLog(user, item, users, items);
}

/** Homogenization (mean pairwise Jaccard) and ECE at the 10,000 users. */
export async function runMetrics(job: MetricsJob): Promise<CaseResult> {
  const began = performance.now();
  const memory = new MemoryPeak();
  const rows: string[][] = [];
  for (const [label, items, perUser, hits, share] of [
    ['homogenization: 50 clicks of 5,000 items each, uniform', 5000, 50, 1, 0],
    ['homogenization: 50 clicks each, 60% on 20 hits', 5000, 50, 20, 0.6],
  ] as const) {
    const sets = consumption(job.users, items, perUser, hits, share);
    rows.push([label, timeMs(() => homogenization(sets), job.repeats).toFixed(1)]);
    memory.sample();
  }
  const rng = createRng(5);
  for (const perUser of [10, 100]) {
    const n = job.users * perUser;
    const p = Float64Array.from({ length: n }, () => rng.next());
    const y = Uint8Array.from(p, (q) => (rng.next() < q * q ? 1 : 0));
    for (const strategy of ['equal-width', 'equal-mass'] as const) {
      rows.push([
        `ECE, ${strategy}, ${n.toLocaleString('en')} predictions (${perUser} per user)`,
        timeMs(() => expectedCalibrationError(p, y, { strategy }), job.repeats).toFixed(1),
      ]);
    }
    memory.sample();
  }
  return {
    id: 'metrics',
    title: `Metrics on ${job.users.toLocaleString('en')} users (median milliseconds)`,
    backend: 'none: plain typed arrays',
    columns: ['metric', 'ms'],
    rows,
    notes: [`median of ${job.repeats} calls after a warm-up`],
    memory: memory.stop(),
    elapsedSeconds: (performance.now() - began) / 1000,
  };
}

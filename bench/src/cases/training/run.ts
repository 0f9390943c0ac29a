import {
  type BackendName,
  backendEnvVar,
  createModel,
  initBackend,
  type ModelSpecInput,
  type TrainingData,
} from '@goodhart/core';
import { createRng } from '@goodhart/random';
import {
  examinationProbabilities,
  type InteractionLog,
  RecommendationEnv,
  randomPolicy,
} from '@goodhart/sim';
import { MemoryPeak } from '../../harness/memory';
import type { CaseResult } from '../../harness/result';
import { median } from '../../harness/stats';

export interface TrainingJob {
  rounds: number;
  fits: number;
  secondsPerFit: number;
}

const models: Record<string, ModelSpecInput> = {
  'mf (click head)': { kind: 'mf' },
  'mmoe (click, satisfaction, watch time)': { kind: 'mmoe' },
};

/** Logs of `rounds` rounds of random slates in sim's default world (1,000 users × 500 items). */
function randomLogs(rounds: number): TrainingData {
  const env = new RecommendationEnv({}, 1);
  const policy = randomPolicy(createRng(2));
  let observation = env.reset();
  const logs: InteractionLog[] = [];
  for (let r = 0; r < rounds; r++) {
    const step = env.step(policy(observation));
    logs.push(step.log);
    observation = step.observation;
  }
  const concat = <T extends Int32Array | Uint8Array | Float32Array>(
    pick: (log: InteractionLog) => T,
    make: (n: number) => T,
  ): T => {
    const out = make(logs.reduce((n, l) => n + l.length, 0));
    let at = 0;
    for (const log of logs) {
      out.set(pick(log), at);
      at += log.length;
    }
    return out;
  };
  const position = concat(
    (l) => l.position,
    (n) => new Int32Array(n),
  );
  const exam = examinationProbabilities(env.config.slateSize, env.config.examination.eta);
  return {
    user: concat(
      (l) => l.user,
      (n) => new Int32Array(n),
    ),
    item: concat(
      (l) => l.item,
      (n) => new Int32Array(n),
    ),
    position,
    clicked: concat(
      (l) => l.clicked,
      (n) => new Uint8Array(n),
    ),
    watchTime: concat(
      (l) => l.watchTime,
      (n) => new Float32Array(n),
    ),
    satisfaction: concat(
      (l) => l.satisfaction,
      (n) => new Float32Array(n),
    ),
    propensity: Float32Array.from(position, (p: number) => exam[p]!),
    numUsers: observation.numUsers,
    numItems: observation.numItems,
    itemFeatures: observation.itemFeatures,
    itemFeatureDim: observation.itemFeatureDim,
    itemDuration: env.world.items.duration.slice(),
  };
}

/** The first `rows` logged impressions. */
function firstRows(data: TrainingData, rows: number): TrainingData {
  const n = Math.min(rows, data.user.length);
  return {
    ...data,
    user: data.user.subarray(0, n),
    item: data.item.subarray(0, n),
    position: data.position.subarray(0, n),
    clicked: data.clicked.subarray(0, n),
    watchTime: data.watchTime.subarray(0, n),
    satisfaction: data.satisfaction.subarray(0, n),
    propensity: data.propensity?.subarray(0, n),
  };
}

/**
 * Examples per second of one-epoch fits, median of `fits`. Two warm-up fits on a small slice
 * compile the kernels and give a first rate; the timed fits then use as many impressions
 * as take about `secondsPerFit`, so a slow backend does not hold the whole bench up.
 */
function examplesPerSecond(
  spec: ModelSpecInput,
  data: TrainingData,
  fits: number,
  secondsPerFit: number,
): { rate: number; rows: number } {
  const model = createModel(spec, {
    numUsers: data.numUsers,
    numItems: data.numItems,
    itemFeatureDim: data.itemFeatureDim,
    rng: createRng(3),
  });
  try {
    model.fit(firstRows(data, 2048));
    const probe = firstRows(data, 8192);
    const start = performance.now();
    model.fit(probe);
    const firstRate = probe.user.length / ((performance.now() - start) / 1000);
    const rows = Math.max(8192, Math.min(data.user.length, Math.round(firstRate * secondsPerFit)));
    const slice = firstRows(data, rows);
    const rates: number[] = [];
    for (let f = 0; f < fits; f++) {
      const t0 = performance.now();
      const { examples } = model.fit(slice);
      rates.push(examples / ((performance.now() - t0) / 1000));
    }
    return { rate: median(rates), rows };
  } finally {
    model.dispose();
  }
}

/** Training throughput of MF and MMoE on every backend that loads here. */
export async function runTraining(job: TrainingJob): Promise<CaseResult> {
  const began = performance.now();
  const memory = new MemoryPeak();
  // This case compares backends, so a forced one would hide the others.
  delete process.env[backendEnvVar];
  const data = randomLogs(job.rounds);
  const rows: string[][] = [];
  const notes: string[] = [];
  const loaded: string[] = [];
  for (const backend of ['tensorflow', 'wasm', 'cpu'] as BackendName[]) {
    try {
      await initBackend(backend);
    } catch (error) {
      // e.g. "tensorflow: @tensorflow/tfjs-node is not installed or failed to load (...)"
      const reason = (error as Error).message
        .replace(/^initBackend: no backend could start \(\w+: /, '')
        .split(' (')[0];
      notes.push(`${backend} not available: ${reason}`);
      continue;
    }
    loaded.push(backend);
    for (const [name, spec] of Object.entries(models)) {
      const { rate, rows: used } = examplesPerSecond(spec, data, job.fits, job.secondsPerFit);
      rows.push([backend, name, Math.round(rate).toLocaleString('en'), used.toLocaleString('en')]);
      memory.sample();
    }
  }
  notes.unshift(
    `${data.user.length.toLocaleString('en')} logged impressions (${job.rounds} rounds of random slates, 1,000 users × 500 items); batch 256, Adam; median of ${job.fits} one-epoch fits (about ${job.secondsPerFit} s each) after a warm-up`,
  );
  return {
    id: 'training',
    title: 'Training throughput (examples per second)',
    backend: loaded.join(', '),
    columns: ['backend', 'model', 'examples/s', 'impressions per fit'],
    rows,
    notes,
    memory: memory.stop(),
    elapsedSeconds: (performance.now() - began) / 1000,
  };
}

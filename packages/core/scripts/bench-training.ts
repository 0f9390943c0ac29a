/**
 * Training throughput of MF and MMoE on the wasm and cpu backends, in examples per second.
 * Prints figures, asserts nothing. Run: pnpm --filter @goodhart/core exec tsx scripts/bench-training.ts
 */
import '@tensorflow/tfjs-backend-cpu';
import { createRng } from '@goodhart/random';
import * as tf from '@tensorflow/tfjs-core';
import {
  type BackendName,
  createModel,
  initBackend,
  type ModelSpecInput,
  type TrainingData,
} from '../src/index';
import { syntheticLogs } from '../src/models/internal/synthetic-logs';

// tfjs's own cpu kernel, captured before core replaces it, for comparison.
const stockCpuSegmentSum = tf.getKernel('UnsortedSegmentSum', 'cpu');

const { data } = syntheticLogs({
  numUsers: 1000,
  numItems: 500,
  featureDim: 23,
  slatesPerUser: 2,
  slateSize: 10,
  seed: 1,
});

const specs = {
  mf: { kind: 'mf', embeddingDim: 16, batchSize: 256 },
  mmoe: {
    kind: 'mmoe',
    embeddingDim: 16,
    experts: 4,
    expertHidden: 32,
    towerHidden: 16,
    batchSize: 256,
  },
} satisfies Record<string, ModelSpecInput>;

/** The first `n` impressions, for the slow comparison. */
function firstRows(logs: TrainingData, n: number): TrainingData {
  return {
    ...logs,
    user: logs.user.subarray(0, n),
    item: logs.item.subarray(0, n),
    position: logs.position.subarray(0, n),
    clicked: logs.clicked.subarray(0, n),
    watchTime: logs.watchTime.subarray(0, n),
    satisfaction: logs.satisfaction.subarray(0, n),
    propensity: logs.propensity?.subarray(0, n),
  };
}

function examplesPerSecond(
  spec: ModelSpecInput,
  logs: TrainingData = data,
  epochs = 2,
): { train: number; predictMs: number } {
  const model = createModel(spec, {
    numUsers: data.numUsers,
    numItems: data.numItems,
    itemFeatureDim: data.itemFeatureDim,
    rng: createRng(1),
  });
  model.fit(logs, { epochs: 1 }); // warm-up: first-call allocations, Adam slots
  const start = performance.now();
  const { examples } = model.fit(logs, { epochs });
  const seconds = (performance.now() - start) / 1000;
  const users = Int32Array.from({ length: 200 }, (_, u) => u);
  const t0 = performance.now();
  model.predict(users, {
    numItems: data.numItems,
    itemFeatures: data.itemFeatures,
    itemFeatureDim: data.itemFeatureDim,
  });
  const predictMs = performance.now() - t0;
  model.dispose();
  return { train: examples / seconds, predictMs };
}

async function main(): Promise<void> {
  console.log(
    `${data.user.length} logged impressions, ${data.numUsers} users, ${data.numItems} items, ${data.itemFeatureDim} features`,
  );
  for (const backend of ['wasm', 'cpu'] as BackendName[]) {
    await initBackend(backend);
    for (const [name, spec] of Object.entries(specs)) {
      const { train, predictMs } = examplesPerSecond(spec);
      console.log(
        `${backend.padEnd(5)} ${name.padEnd(5)} ${Math.round(train).toString().padStart(7)} examples/s   predict 200 users × ${data.numItems} items: ${predictMs.toFixed(0)} ms`,
      );
    }
  }
  const ours = tf.getKernel('UnsortedSegmentSum', 'cpu');
  if (stockCpuSegmentSum !== undefined && ours !== undefined) {
    // tfjs's own kernel is too slow for the full logs: compare both on 1,024 rows.
    await initBackend('cpu');
    const slice = firstRows(data, 1024);
    const fast = examplesPerSecond(specs.mf, slice, 1).train;
    tf.unregisterKernel('UnsortedSegmentSum', 'cpu');
    tf.registerKernel(stockCpuSegmentSum);
    const stock = examplesPerSecond(specs.mf, slice, 1).train;
    tf.unregisterKernel('UnsortedSegmentSum', 'cpu');
    tf.registerKernel(ours);
    console.log(
      `cpu   mf    UnsortedSegmentSum: core's kernel ${Math.round(fast)} examples/s, tfjs's own ${Math.round(stock)} examples/s`,
    );
  }
}

await main();

import { type Rng, shuffleInPlace } from '@goodhart/random';
import type { DenseNetwork } from './dense-network';
import type { Objective } from './objective';
import type { Split } from './offline-data';

/** One pass over the split's rows in a random order, in batches; returns the mean loss. */
export function fitEpoch(
  network: DenseNetwork,
  split: Pick<Split, 'features' | 'labels' | 'rows'>,
  objective: Objective,
  batchSize: number,
  rng: Rng,
): number {
  const dim = network.config.inputDim;
  const order = shuffleInPlace(
    Int32Array.from({ length: split.rows }, (_, r) => r),
    rng,
  );
  const features = new Float64Array(batchSize * dim);
  const labels = new Uint8Array(batchSize);
  let total = 0;
  for (let start = 0; start < split.rows; start += batchSize) {
    const size = Math.min(batchSize, split.rows - start);
    for (let b = 0; b < size; b++) {
      const row = order[start + b]!;
      for (let j = 0; j < dim; j++) features[b * dim + j] = split.features[row * dim + j]!;
      labels[b] = split.labels[row]!;
    }
    const loss = network.step(features, size, (logits, gradient) =>
      objective.evaluate(logits, labels, size, gradient),
    );
    total += loss * size;
  }
  return total / split.rows;
}

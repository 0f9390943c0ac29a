import { type ExperimentSpec, expandRuns, resolvedWorldSize } from '@goodhart/experiment/spec';

/**
 * One run's peak resident memory, estimated from its spec, on the safe side. The terms and
 * their factors come from peaks measured one run per process (measure-run-peak.ts; figures in
 * packages/store/README.md), each rounded up by about a third:
 *
 * - a process that has loaded the runner and TensorFlow.js: 150-185 MB measured, 220 MB here;
 * - feedback loop: each round scores every active user against every item into one float32
 *   array per model head, plus one for their weighted sum when the rule weighs two or more
 *   heads; the wasm heap and the top-K pass add the rest (measured 3.5-4.4 bytes a user-item
 *   pair with one head, 10.2 with two; counted here as 4 per head + 4 for the sum + 2);
 * - per user and per item: world state, embeddings and their Adam moments, logs (1 KB each);
 * - offline classification: train and test features as typed arrays, tensors and their wasm
 *   copies (measured 10.3-11.1 bytes a feature value; counted as 14).
 */
export const memoryModel = {
  processBytes: 220 * 2 ** 20,
  bytesPerPairPerHead: 4,
  bytesPerPairForSum: 4,
  bytesPerPairBase: 2,
  bytesPerEntity: 1024,
  bytesPerFeatureValue: 14,
} as const;

export interface RunMemoryEstimate {
  /** The largest run's estimated peak, in bytes. */
  bytes: number;
  /** The spec field that drives it: what to shrink. */
  path: string;
  /** What it comes from, in words, for an error message. */
  because: string;
}

/** The estimated peak of the experiment's largest run (runs differ by arm and sweep point). */
export function estimateRunMemory(spec: ExperimentSpec): RunMemoryEstimate {
  const points = new Set(expandRuns(spec).map((run) => run.spec));
  let largest: RunMemoryEstimate = { bytes: 0, path: 'world', because: '' };
  for (const point of points) {
    const estimate = estimatePoint(point);
    if (estimate.bytes > largest.bytes) largest = estimate;
  }
  // A sweep that changes the size is what to shrink, when sizes differ between points.
  if (spec.sweep !== undefined && points.size > 1) {
    const sizes = new Set([...points].map((point) => estimatePoint(point).bytes));
    if (sizes.size > 1) largest = { ...largest, path: 'sweep' };
  }
  return largest;
}

function estimatePoint(spec: ExperimentSpec): RunMemoryEstimate {
  const m = memoryModel;
  if (spec.kind === 'offline-classification') {
    const { numTrain, numTest, featureDim } = spec.task;
    const values = (numTrain + numTest) * featureDim;
    return {
      bytes: m.processBytes + values * m.bytesPerFeatureValue,
      path: 'task.numTrain',
      because: `${fmt(numTrain + numTest)} examples x ${featureDim} features`,
    };
  }
  const { numUsers, numItems } = resolvedWorldSize(spec.world);
  const heads = Math.max(...spec.arms.map(headCount));
  const perPair =
    m.bytesPerPairBase + heads * m.bytesPerPairPerHead + (heads > 1 ? m.bytesPerPairForSum : 0);
  return {
    bytes:
      m.processBytes + numUsers * numItems * perPair + (numUsers + numItems) * m.bytesPerEntity,
    path: 'world',
    because: `${fmt(numUsers)} users x ${fmt(numItems)} items${heads > 1 ? ` x ${heads} heads` : ''}`,
  };
}

function headCount(arm: ExperimentSpec['arms'][number]): number {
  if (!('model' in arm)) return 1;
  const heads = 'heads' in arm.model ? arm.model.heads : undefined;
  if (heads === undefined || heads === null || typeof heads !== 'object') return 1;
  return Math.max(1, Object.values(heads).filter((head) => head !== undefined).length);
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** Bytes as a person reads them: 512 MB, 6.0 GB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(1)} GB`;
  return `${Math.round(bytes / 2 ** 20)} MB`;
}

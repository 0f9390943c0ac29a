import { type ExperimentSpec, expandRuns, resolvedWorldSize } from '@goodhart/experiment/spec';

/**
 * One run's peak resident memory, estimated from its spec, on the safe side. The terms and
 * their factors come from peaks measured one run per process (measure-run-peak.ts, and the
 * mem-hog through `goodhart run`; figures in packages/store/README.md). Every measured case is
 * under its estimate by at least a tenth (1.12 to 1.50 times the peak):
 *
 * - a process that has loaded the runner and TensorFlow.js: 130-185 MB measured, 220 MB here;
 * - feedback loop: the round's users are scored in blocks of about a million cells
 *   (experiment's serveInBlocks), so scoring holds a block per head, the weighted sum and the
 *   decision rule's scratch, about 4 MB each, whatever the number of users (measured: 196 MB
 *   at 20,000 × 5,000 with one head, 213 MB with two; 534 and 1,110 MB before the blocks);
 * - what still grows with users × items, per arm: the clicked mask of `excludeClicked` (1 byte
 *   a pair) and the social model's click counts (4 bytes a pair);
 * - per user and per item: world state, embeddings and their Adam moments, the oracle's kept
 *   candidates, and the growth they cause in the V8 heap and the wasm backend's heap (which
 *   keeps its high-water mark: it grows and never shrinks): 2.25 KB each, from issue 12's
 *   mem-hog (100,000 × 50,000, mf), whose peak was 488 MB in measure-run-peak and 625 MB
 *   through `goodhart run` (the larger is the one counted: 1 KB each before, which fell short);
 *   per item, the relevance probe's 200 users' scores per head;
 * - per logged impression in the training window (slate size × users × rounds kept): the log
 *   columns and the refit's copy of them, 64 bytes;
 * - offline classification: train and test features as typed arrays, tensors and their wasm
 *   copies (measured 10.3-11.1 bytes a feature value; counted as 14).
 */
export const memoryModel = {
  processBytes: 220 * 2 ** 20,
  /** Scoring blocks: 2^20 cells of 4 bytes, one per head plus two (sum, decision scratch). */
  bytesPerBlockBuffer: 4 * 2 ** 20,
  bytesPerPairExcludeClicked: 1,
  bytesPerPairSocial: 4,
  /** Per user and per item: state, training and the heap growth they cause (mem-hog). */
  bytesPerEntity: 2304,
  /** 200 probe users × 4 bytes per head, plus their weighted sum. */
  bytesPerItemPerHead: 800,
  bytesPerLoggedImpression: 64,
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
  const { numUsers, numItems, slateSize } = resolvedWorldSize(spec.world);
  const heads = Math.max(...spec.arms.map(headCount));
  const pairBytes = Math.max(...spec.arms.map(bytesPerPair));
  const roundsLogged = Math.min(spec.rounds, spec.training.logWindow);
  const bytes =
    m.processBytes +
    (heads + 2) * m.bytesPerBlockBuffer +
    numUsers * numItems * pairBytes +
    (numUsers + numItems) * m.bytesPerEntity +
    numItems * (heads + 1) * m.bytesPerItemPerHead +
    numUsers * slateSize * roundsLogged * m.bytesPerLoggedImpression;
  const grows = pairBytes > 0 ? ' (an arm keeps a users x items table)' : '';
  return {
    bytes,
    path: 'world',
    because: `${fmt(numUsers)} users x ${fmt(numItems)} items${heads > 1 ? ` x ${heads} heads` : ''}${grows}`,
  };
}

/** Bytes an arm keeps per user-item pair for the whole run (0: nothing of that size). */
function bytesPerPair(arm: ExperimentSpec['arms'][number]): number {
  if (!('model' in arm)) return 0;
  let bytes = 0;
  if (arm.model.kind === 'social') bytes += memoryModel.bytesPerPairSocial;
  if (arm.decision.excludeClicked) bytes += memoryModel.bytesPerPairExcludeClicked;
  return bytes;
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

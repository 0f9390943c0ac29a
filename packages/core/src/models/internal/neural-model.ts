import { type Rng, shuffleInPlace } from '@goodhart/random';
import * as tf from '@tensorflow/tfjs-core';
import { ensureTensorSetup } from '../../internal/setup';
import { readFloatsInto } from '../../internal/wasm-heap';
import { lossFamily } from '../../losses/loss-families';
import { headScoreArray } from '../score-buffers';
import type { HeadSpec, TrainableSpec } from '../spec';
import {
  type FitOptions,
  type FitResult,
  type HeadName,
  type HeadScores,
  headNames,
  type ItemBatch,
  type ModelContext,
  type ScoringModel,
  type TrainingData,
} from '../types';
import { Adam } from './adam';
import { type CandidateBatch, sampleCandidates, takeRows } from './batch';
import { type Catalogue, catalogueOf, checkItemBatch, checkTrainingData } from './check-data';
import { headLoss, serveHead, type TargetScales } from './head-objectives';
import { constantVariable } from './init';
import type { Network } from './network';

/**
 * Floats one prediction batch may hold in its widest intermediate tensor. Small enough (4 MB)
 * that each batch's read-back reuses memory the allocator already holds: at 8 million floats
 * every batch's 32 MB copy was paged in fresh, and scoring 7,400 × 5,000 took four times as
 * long (370 ms against 90 ms for the tensor work and read-back).
 */
const PREDICT_BUDGET = 1_000_000;

function positiveInteger(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`fit: options.${field} must be a positive integer, got ${value}`);
  }
  return value;
}

/** Scales fixed from the first logs a model sees (see TargetScales). */
function targetScales(data: TrainingData): TargetScales {
  let watched = 0;
  let total = 0;
  for (let i = 0; i < data.watchTime.length; i++) {
    const watchTime = data.watchTime[i]!;
    if (watchTime > 0) {
      watched++;
      total += watchTime;
    }
  }
  let durationScale = 1;
  if (data.itemDuration !== undefined && data.itemDuration.length > 0) {
    let sum = 0;
    for (const duration of data.itemDuration) sum += duration;
    durationScale = sum / data.itemDuration.length;
  }
  return { watchScale: watched > 0 ? total / watched : 1, durationScale };
}

/**
 * The training and serving loop shared by every tensor model: mini-batch Adam over the
 * logs, one loss per head (chosen by name, weighted), an optional shallow position tower
 * for the click head, and batched scoring of every item. The Network supplies the maths.
 */
export class NeuralModel implements ScoringModel {
  readonly kind: string;
  readonly heads: readonly HeadName[];
  private readonly spec: TrainableSpec;
  private readonly catalogue: Catalogue;
  private readonly network: Network;
  private readonly positionBias: tf.Variable | undefined;
  private readonly shuffleRng: Rng;
  private readonly negativeRng: Rng;
  private readonly dropoutRng: Rng;
  private optimizer: Adam;
  private learningRate: number;
  private scales: TargetScales | undefined;
  private disposed = false;

  constructor(
    spec: TrainableSpec,
    context: ModelContext,
    makeNetwork: (rng: Rng, heads: number) => Network,
  ) {
    ensureTensorSetup();
    this.kind = spec.kind;
    this.spec = spec;
    this.heads = headNames.filter((h) => spec.heads[h] !== undefined);
    this.catalogue = catalogueOf(context);
    this.network = makeNetwork(context.rng.fork(1), this.heads.length);
    this.shuffleRng = context.rng.fork(2);
    this.negativeRng = context.rng.fork(3);
    this.dropoutRng = context.rng.fork(4);
    // One logit per slot, plus one for "position missing" (the last), which rows whose
    // position is dropped read (see positionKept).
    this.positionBias = spec.positionTower
      ? constantVariable([spec.maxPositions + 1], 0)
      : undefined;
    this.learningRate = spec.learningRate;
    this.optimizer = new Adam(this.learningRate);
  }

  private headSpec(head: HeadName): HeadSpec {
    return this.spec.heads[head] as HeadSpec;
  }

  private get variables(): tf.Variable[] {
    const vars = [...this.network.variables];
    if (this.positionBias !== undefined) vars.push(this.positionBias);
    return vars;
  }

  private checkAlive(where: string): void {
    if (this.disposed) throw new Error(`${where}: this ${this.kind} model has been disposed`);
  }

  fit(data: TrainingData, options: FitOptions = {}): FitResult {
    this.checkAlive('fit');
    checkTrainingData(data, this.catalogue);
    const epochs = positiveInteger('epochs', options.epochs ?? this.spec.epochs);
    const batchSize = positiveInteger('batchSize', options.batchSize ?? this.spec.batchSize);
    const learningRate = options.learningRate ?? this.spec.learningRate;
    if (!(learningRate > 0))
      throw new Error(`fit: options.learningRate must be > 0, got ${learningRate}`);
    if (learningRate !== this.learningRate) {
      this.optimizer.dispose();
      this.optimizer = new Adam(learningRate);
      this.learningRate = learningRate;
    }
    this.scales ??= targetScales(data);
    const n = data.user.length;
    const sums = new Float64Array(this.heads.length + 1);
    if (n === 0) return this.result(sums, 0, 0);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const features = tf.tensor2d(data.itemFeatures, [data.numItems, data.itemFeatureDim]);
    try {
      for (let epoch = 0; epoch < epochs; epoch++) {
        sums.fill(0);
        shuffleInPlace(order, this.shuffleRng);
        for (let start = 0; start < n; start += batchSize) {
          const values = this.step(data, order, start, Math.min(n, start + batchSize), features);
          for (let k = 0; k < sums.length; k++)
            sums[k]! += values[k]! * (Math.min(n, start + batchSize) - start);
        }
      }
    } finally {
      features.dispose();
    }
    return this.result(sums, n, n * epochs);
  }

  private result(sums: Float64Array, rows: number, examples: number): FitResult {
    const mean = (k: number) => (rows > 0 ? sums[k]! / rows : 0);
    const lossByHead: Record<string, number> = {};
    this.heads.forEach((head, j) => {
      lossByHead[head] = mean(j);
    });
    return { loss: mean(this.heads.length), lossByHead, examples };
  }

  /** One Adam step on rows order[start..end); returns each head's loss and the total. */
  private step(
    data: TrainingData,
    order: Int32Array,
    start: number,
    end: number,
    features: tf.Tensor2D,
  ): Float32Array {
    const batch = takeRows(data, order, start, end, this.spec.maxPositions);
    const ranking = this.heads.find((h) => lossFamily(this.headSpec(h).loss) === 'ranking');
    let candidates: CandidateBatch | undefined;
    if (ranking !== undefined) {
      const { loss, options } = this.headSpec(ranking);
      // bpr and sampled-softmax learn from clicks only; reinforce-softmax from both by default.
      const reinforce = options.reinforce ?? (loss === 'reinforce-softmax' ? 'both' : 'positive');
      const negatives = options.negatives ?? 4;
      candidates = sampleCandidates(batch, negatives, data.numItems, this.negativeRng, reinforce);
    }
    const scales = this.scales as TargetScales;
    const slots = this.towerSlots(batch.position);
    let stats: tf.Tensor | undefined;
    this.optimizer.minimize(() => {
      const users = tf.tensor1d(batch.user, 'int32');
      const items = tf.tensor1d(batch.item, 'int32');
      const outputs = this.network.pairs(users, items, tf.gather(features, items));
      const positionLogit =
        this.positionBias === undefined
          ? undefined
          : (tf.gather(this.positionBias, tf.tensor1d(slots, 'int32')) as tf.Tensor1D);
      let candidateOutputs: tf.Tensor2D | undefined;
      if (candidates !== undefined && candidates.rows > 0) {
        const candidateItems = tf.tensor1d(candidates.item, 'int32');
        candidateOutputs = this.network.pairs(
          tf.tensor1d(candidates.user, 'int32'),
          candidateItems,
          tf.gather(features, candidateItems),
        );
      }
      const inputs = { batch, outputs, positionLogit, candidateOutputs, candidates, scales };
      const perHead = this.heads.map((head, j) => headLoss(head, this.headSpec(head), j, inputs));
      let total = tf.mul(tf.scalar(this.spec.l2), this.network.penalty(users, items));
      this.heads.forEach((head, j) => {
        total = tf.add(total, tf.mul(tf.scalar(this.headSpec(head).weight), perHead[j]!));
      });
      stats = tf.keep(tf.stack([...perHead, total]));
      return total as tf.Scalar;
    }, this.variables);
    const values = (stats as unknown as tf.Tensor).dataSync() as Float32Array;
    (stats as unknown as tf.Tensor).dispose();
    return values;
  }

  /**
   * The tower slot each row reads: its position, or, with probability positionDropout, the
   * "missing" slot (maxPositions), as Zhao et al. (2019) treat a dropped position feature as
   * missing. Serving drops the tower; the missing slot's logit is one constant for every
   * item, so adding it would change no ranking. The dropout stream advances by exactly one
   * draw per row, and not at all without dropout.
   */
  private towerSlots(position: Int32Array): Int32Array {
    const rate = this.spec.positionDropout;
    if (this.positionBias === undefined || !(rate > 0)) return position;
    const slots = new Int32Array(position.length);
    for (let r = 0; r < position.length; r++) {
      slots[r] = this.dropoutRng.next() < rate ? this.spec.maxPositions : position[r]!;
    }
    return slots;
  }

  predict(users: Int32Array, items: ItemBatch, into?: HeadScores): HeadScores {
    this.checkAlive('predict');
    checkItemBatch(users, items, this.catalogue, this.network.usesItemIds);
    const numItems = items.numItems;
    const scores: HeadScores = {};
    for (const head of this.heads)
      scores[head] = headScoreArray(into, head, users.length * numItems);
    if (users.length === 0 || numItems === 0) return scores;
    const scales = this.scales ?? { watchScale: 1, durationScale: 1 };
    const perUser = Math.max(1, numItems * this.network.gridCostPerCell);
    const usersPerBatch = Math.max(1, Math.min(users.length, Math.floor(PREDICT_BUDGET / perUser)));
    const features = tf.tensor2d(items.itemFeatures, [numItems, items.itemFeatureDim]);
    const prepared = this.network.prepareGrid
      ? tf.tidy(() => this.network.prepareGrid?.(features) as tf.Tensor2D[])
      : [features];
    try {
      for (let start = 0; start < users.length; start += usersPerBatch) {
        const end = Math.min(users.length, start + usersPerBatch);
        tf.tidy(() => {
          const batchUsers = tf.tensor1d(users.subarray(start, end), 'int32');
          const raw = this.network.grid(batchUsers, prepared);
          this.heads.forEach((head, j) => {
            const output = raw[j];
            if (output === undefined)
              throw new Error(`predict: the network gave no ${head} output`);
            const served = serveHead(head, this.headSpec(head), output, scales);
            readFloatsInto(served, scores[head] as Float32Array, start * numItems);
          });
        });
      }
    } finally {
      tf.dispose([...prepared, features]);
    }
    return scores;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.network.dispose();
    this.positionBias?.dispose();
    this.optimizer.dispose();
  }
}

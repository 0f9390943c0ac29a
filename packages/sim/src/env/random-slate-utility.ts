import { examinationProbabilities } from '../actors/response-model';
import { TrueScoreKernel } from '../internal/true-score-kernel';
import type { World } from '../world/world';
import { checkUsers } from './true-scores';

/**
 * Expected welfare of a uniformly random slate for each user (users.length values): every
 * position holds each item with probability 1 / numItems, so the expectation is
 * (Σ_k examination_k) · mean_i trueScore(u, i). The zero of the normalised utility scale
 * (random = 0, oracle = 1), computed exactly rather than by drawing random slates.
 */
export function expectedRandomSlateUtility(world: World, users: Int32Array): Float32Array {
  checkUsers(world, users, 'expectedRandomSlateUtility');
  const out = new Float32Array(users.length);
  const score = userScorer(world);
  for (let r = 0; r < users.length; r++) out[r] = score(users[r]!);
  return out;
}

/** One user's expected random-slate welfare, on the world as it is when made. */
function userScorer(world: World): (u: number) => number {
  const n = world.items.count;
  const exam = examinationProbabilities(world.config.slateSize, world.config.examination.eta);
  let examined = 0;
  for (const probability of exam) examined += probability;
  const kernel = new TrueScoreKernel(world);
  const row = new Float32Array(n);
  return (u) => {
    kernel.scoreUser(u, row, 0);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += row[i]!;
    return (examined * sum) / n;
  };
}

/**
 * expectedRandomSlateUtility round after round on one live world, keeping each user's value
 * while nothing it is made of has changed: a user's value reads every item (its topic,
 * appeal, quality, clickbait, polarity, misinformation) and the user's own preferences,
 * susceptibility and opinion. Each call compares those with copies taken at the last call
 * (so nothing depends on the world reporting its changes); when any item changed, every user
 * is computed afresh, else only the users who changed or were never computed. Values are
 * those of expectedRandomSlateUtility, bit for bit (the same sums, in the same order). In a
 * fixed catalogue with still users (click-trap), a user is scored once per run instead of
 * every round they come: 10,000 users × 5,000 items took about 0.4 CPU s a round.
 */
export class RandomSlateUtilityCache {
  private readonly world: World;
  private readonly itemCopy: Float32Array;
  private readonly userCopy: Float32Array;
  /** The items' version each user's value was computed at, −1: never. */
  private readonly computedAt: Int32Array;
  private readonly value: Float32Array;
  private version = 0;

  constructor(world: World) {
    this.world = world;
    const { items, users, topicDim } = world;
    this.itemCopy = new Float32Array(items.count * (topicDim + 5));
    this.userCopy = new Float32Array(users.count * (topicDim + 2));
    this.computedAt = new Int32Array(users.count).fill(-1);
    this.value = new Float32Array(users.count);
    this.itemsChanged();
  }

  compute(users: Int32Array): Float32Array {
    checkUsers(this.world, users, 'expectedRandomSlateUtility');
    if (this.itemsChanged()) this.version++;
    const out = new Float32Array(users.length);
    let score: ((u: number) => number) | undefined;
    for (let r = 0; r < users.length; r++) {
      const u = users[r]!; // checkUsers has checked every id
      if (this.userChanged(u) || this.computedAt[u] !== this.version) {
        score ??= userScorer(this.world);
        this.value[u] = score(u);
        this.computedAt[u] = this.version;
      }
      out[r] = this.value[u]!;
    }
    return out;
  }

  /** Compares every item with its copy and refreshes the copy; true if any differed. */
  private itemsChanged(): boolean {
    const { items, topicDim: dim } = this.world;
    const width = dim + 5;
    const copy = this.itemCopy;
    let changed = false;
    for (let i = 0; i < items.count; i++) {
      const o = i * width;
      const fields = [
        items.appeal[i]!,
        items.quality[i]!,
        items.clickbait[i]!,
        items.polarity[i]!,
        items.misinformation[i]!,
      ];
      for (const [f, value] of fields.entries()) {
        if (copy[o + f] !== value) {
          copy[o + f] = value;
          changed = true;
        }
      }
      for (let j = 0; j < dim; j++) {
        const t = items.topics[i * dim + j]!;
        if (copy[o + 5 + j] !== t) {
          copy[o + 5 + j] = t;
          changed = true;
        }
      }
    }
    return changed;
  }

  /** Compares user u with its copy and refreshes the copy; true if it differed. */
  private userChanged(u: number): boolean {
    const { users, topicDim: dim } = this.world;
    const o = u * (dim + 2);
    const copy = this.userCopy;
    let changed = false;
    const fields = [users.susceptibility[u]!, users.opinion[u]!];
    for (const [f, value] of fields.entries()) {
      if (copy[o + f] !== value) {
        copy[o + f] = value;
        changed = true;
      }
    }
    for (let j = 0; j < dim; j++) {
      const p = users.preferences[u * dim + j]!;
      if (copy[o + 2 + j] !== p) {
        copy[o + 2 + j] = p;
        changed = true;
      }
    }
    return changed;
  }
}

import type { World } from '../world/world';
import { entryAt } from './entry-at';
import { TrueScoreKernel } from './true-score-kernel';

/** Candidates kept per user, as a multiple of the slate size. */
const DEPTH_PER_SLOT = 3;

/**
 * The oracle's slates, round after round, without rescoring what has not changed.
 *
 * Between rounds only a share of the catalogue is replaced and, unless preferences drift, no
 * user changes: most of a user's true scores are the same as last time. So each user keeps
 * their best D items from the last time they were ranked (D = 3 × slate size), and at the
 * next call only the items that changed since are scored. If S of the kept items are still
 * unchanged, they are the best S unchanged items, so merging them with the best changed items
 * gives the exact best S of the whole catalogue (S shrinks as kept items are replaced; below
 * the slate size the user is ranked from scratch). A user whose own attributes changed is
 * ranked from scratch.
 *
 * Changes are found by comparing every item and user attribute the score reads with a copy
 * taken at the previous call, so nothing depends on the environment reporting them. Results
 * are exactly those of a full ranking (same scores, same ties to the lower index).
 */
export class IncrementalOracle {
  private readonly world: World;
  private calls = 0;
  // Item attributes at the previous call, and the call at which each item last changed.
  private readonly topics: Float32Array;
  private readonly quality: Float32Array;
  private readonly clickbait: Float32Array;
  private readonly polarity: Float32Array;
  private readonly misinformation: Uint8Array;
  private readonly changedAt: Int32Array;
  /** Item ids in the order they changed (one entry per change), and the call of each. */
  private readonly changeLog: Int32Array;
  private readonly changeCall: Int32Array;
  private changes = 0;
  /** Changes made at or before this call have been dropped from the log. */
  private droppedThrough = 0;
  // Per user: the call it was last ranked at (-1: never), its kept candidates, and a copy of
  // the user attributes the score reads.
  private readonly rankedAt: Int32Array;
  private readonly depth: Int32Array;
  private keptItems: Int32Array;
  private keptScores: Float64Array;
  private maxDepth = 0;
  private readonly userCopy: Float32Array;
  // Scratch: seen[item] === stamp marks a changed item already scored for the current user.
  private readonly seen: Int32Array;
  private stamp = 0;
  private mergedItems = new Int32Array(0);
  private mergedScores = new Float64Array(0);
  private scores = new Float64Array(0);

  constructor(world: World) {
    this.world = world;
    const { items, users, topicDim } = world;
    this.topics = items.topics.slice();
    this.quality = items.quality.slice();
    this.clickbait = items.clickbait.slice();
    this.polarity = items.polarity.slice();
    this.misinformation = items.misinformation.slice();
    this.changedAt = new Int32Array(items.count);
    // Room for two full catalogue turnovers; trimmed when full (see logChange).
    this.changeLog = new Int32Array(2 * items.count + 1);
    this.changeCall = new Int32Array(2 * items.count + 1);
    this.rankedAt = new Int32Array(users.count).fill(-1);
    this.depth = new Int32Array(users.count);
    this.keptItems = new Int32Array(0);
    this.keptScores = new Float64Array(0);
    this.userCopy = new Float32Array(users.count * (topicDim + 2));
    this.seen = new Int32Array(items.count).fill(-1);
  }

  /** The k best items for each of `users`, best first (users.length × k). */
  rank(users: Int32Array, k: number): Int32Array {
    const call = ++this.calls;
    this.noteItemChanges(call);
    this.ensureDepth(k * DEPTH_PER_SLOT);
    const kernel = new TrueScoreKernel(this.world, this.maxDepth);
    const out = new Int32Array(users.length * k);
    for (let r = 0; r < users.length; r++) {
      const u = users[r]!;
      if (!this.updateFrom(kernel, u, k)) this.rankFromScratch(kernel, u);
      out.set(this.keptItems.subarray(u * this.maxDepth, u * this.maxDepth + k), r * k);
      this.rankedAt[u] = call;
    }
    return out;
  }

  private ensureDepth(depth: number): void {
    if (depth <= this.maxDepth) return;
    // A larger slate than before: every user is ranked from scratch at the new depth.
    this.maxDepth = depth;
    const n = this.world.users.count;
    this.keptItems = new Int32Array(n * depth);
    this.keptScores = new Float64Array(n * depth);
    this.rankedAt.fill(-1);
    this.mergedItems = new Int32Array(2 * depth);
    this.mergedScores = new Float64Array(2 * depth);
  }

  private rankFromScratch(kernel: TrueScoreKernel, u: number): void {
    const d = Math.min(this.maxDepth, this.world.items.count);
    const o = u * this.maxDepth;
    kernel.topK(u, d, this.keptItems, o, this.keptScores, o);
    this.depth[u] = d;
    this.copyUser(u);
  }

  /**
   * Updates user u's candidates from the items changed since it was last ranked; false when
   * that is not possible (never ranked, the user changed, too few candidates left, or so many
   * changes that ranking from scratch is cheaper).
   */
  private updateFrom(kernel: TrueScoreKernel, u: number, k: number): boolean {
    // The one check of u: every other table read for the user is then in range.
    const since = entryAt(this.rankedAt, u, 'user');
    if (since < 0 || since < this.droppedThrough || this.userChanged(u)) return false;
    const first = this.firstChangeAfter(since);
    if (this.changes - first > this.world.items.count / 4) return false;
    const o = u * this.maxDepth;
    const { keptItems, keptScores, changedAt, mergedItems, mergedScores, seen } = this;
    // The kept candidates still unchanged, in their order.
    let survivors = 0;
    for (let j = 0; j < this.depth[u]!; j++) {
      const item = keptItems[o + j]!;
      if (changedAt[item]! <= since) {
        mergedItems[survivors] = item;
        mergedScores[survivors] = keptScores[o + j]!;
        survivors++;
      }
    }
    // With no survivor (k = 0) there is no floor to merge against: the empty slate from scratch.
    if (survivors < k || survivors === 0) return false;
    // The changed items, each once, that could enter the best `survivors`.
    const floor = mergedScores[survivors - 1]!;
    const floorItem = mergedItems[survivors - 1]!;
    // A changed item whose utility bound is 2^-20 (16 Float32 steps) below a positive floor
    // cannot reach it, even rounded; at or below 0, or in subnormals, nothing is skipped.
    const skipBelow = floor > 1e-30 ? floor * (1 - 2 ** -20) : Number.NEGATIVE_INFINITY;
    let candidates = survivors;
    const stamp = this.nextStamp();
    if (this.scores.length < this.changes - first) this.scores = new Float64Array(this.changes);
    const scores = this.scores;
    kernel.scoreList(u, this.changeLog, first, this.changes, skipBelow, scores);
    for (let c = first; c < this.changes; c++) {
      const s = scores[c - first]!;
      if (s < floor) continue;
      const item = this.changeLog[c]!;
      if (s === floor && item > floorItem) continue;
      // An item changed twice since is listed twice; its score is the same both times.
      if (seen[item] === stamp) continue;
      seen[item] = stamp;
      mergedItems[candidates] = item;
      mergedScores[candidates] = s;
      candidates++;
      if (candidates === mergedItems.length) candidates = this.keepBest(candidates, survivors);
    }
    candidates = this.keepBest(candidates, survivors);
    keptItems.set(mergedItems.subarray(0, candidates), o);
    keptScores.set(mergedScores.subarray(0, candidates), o);
    this.depth[u] = candidates;
    return true;
  }

  private nextStamp(): number {
    if (this.stamp === 0x7fffffff) {
      this.seen.fill(-1);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** Sorts merged[0 .. count) best first (ties to the lower id) and keeps the first `keep`. */
  private keepBest(count: number, keep: number): number {
    const { mergedItems: items, mergedScores: scores } = this;
    for (let a = 1; a < count; a++) {
      const item = items[a]!;
      const score = scores[a]!;
      let p = a;
      while (
        p > 0 &&
        (score > scores[p - 1]! || (score === scores[p - 1] && item < items[p - 1]!))
      ) {
        items[p] = items[p - 1]!;
        scores[p] = scores[p - 1]!;
        p--;
      }
      items[p] = item;
      scores[p] = score;
    }
    return Math.min(count, keep);
  }

  /** Index in the change log of the first change made after call `since`. */
  private firstChangeAfter(since: number): number {
    let lo = 0;
    let hi = this.changes;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.changeCall[mid]! <= since) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Compares every item with its copy; logs and copies the ones that changed. */
  private noteItemChanges(call: number): void {
    const { items, topicDim: dim } = this.world;
    for (let i = 0; i < items.count; i++) {
      let changed =
        items.quality[i] !== this.quality[i] ||
        items.clickbait[i] !== this.clickbait[i] ||
        items.polarity[i] !== this.polarity[i] ||
        items.misinformation[i] !== this.misinformation[i];
      for (let j = 0; j < dim && !changed; j++) {
        changed = items.topics[i * dim + j] !== this.topics[i * dim + j];
      }
      if (!changed) continue;
      this.quality[i] = items.quality[i]!;
      this.clickbait[i] = items.clickbait[i]!;
      this.polarity[i] = items.polarity[i]!;
      this.misinformation[i] = items.misinformation[i]!;
      this.topics.set(items.topics.subarray(i * dim, (i + 1) * dim), i * dim);
      this.changedAt[i] = call;
      this.logChange(i, call);
    }
  }

  private logChange(item: number, call: number): void {
    if (this.changes === this.changeLog.length) {
      // A user with more than a quarter of the catalogue to catch up on is ranked from scratch,
      // so older changes are of no use: drop whole calls until at most that many are left.
      const keepAbout = Math.max(0, this.changes - Math.floor(this.world.items.count / 4) - 1);
      this.droppedThrough = this.changeCall[keepAbout]!;
      const keepFrom = this.firstChangeAfter(this.droppedThrough);
      this.changeLog.copyWithin(0, keepFrom, this.changes);
      this.changeCall.copyWithin(0, keepFrom, this.changes);
      this.changes -= keepFrom;
    }
    this.changeLog[this.changes] = item;
    this.changeCall[this.changes] = call;
    this.changes++;
  }

  private userChanged(u: number): boolean {
    const { users, topicDim: dim } = this.world;
    const o = u * (dim + 2);
    const copy = this.userCopy;
    if (users.susceptibility[u] !== copy[o + dim] || users.opinion[u] !== copy[o + dim + 1]) {
      return true;
    }
    for (let j = 0; j < dim; j++) {
      if (users.preferences[u * dim + j] !== copy[o + j]) return true;
    }
    return false;
  }

  private copyUser(u: number): void {
    const { users, topicDim: dim } = this.world;
    const o = u * (dim + 2);
    this.userCopy.set(users.preferences.subarray(u * dim, (u + 1) * dim), o);
    this.userCopy[o + dim] = users.susceptibility[u]!;
    this.userCopy[o + dim + 1] = users.opinion[u]!;
  }
}

import { AttributeScorer } from './attribute-scorer';
import { CandidateLists, type RecommendTimings } from './candidate-lists';
import { GramNnls } from './gram-nnls';
import { selectTopK } from './select-top-k';

export interface NnlsContentFilterOptions {
  /** 'auto' uses lookup tables when every attribute is 0/1 (see AttributeScorer). */
  scoring?: 'auto' | 'dense';
  /** Start each refit from the user's previous profile (default true). */
  warmStart?: boolean;
  /** Users scored per block in `recommend`: bounds memory to blockRows × numItems doubles. */
  blockRows?: number;
  /**
   * Items kept per user between full scorings in `recommend` (default 100; 0: score every
   * item for every user at every call). Slates are the same either way (see CandidateLists).
   */
  candidates?: number;
}

export type { RecommendTimings };

/**
 * The content-filtering recommender of T-RECS: each user's profile is the non-negative least
 * squares fit of their cumulative interaction counts c_u (one entry per item) on the item
 * attributes A (items × attributes), and items are ranked by profile · attributes.
 *
 * Nothing here is recomputed from scratch. With A fixed, the normal equations need only
 * G = AᵀA (attributes², shared by every user) and b_u = Aᵀc_u, which grows by the attribute
 * row of each item the user interacts with; a refit is then a small NNLS per user on G,
 * started from the previous profile. Scoring runs over blocks of users, so the users × items
 * score matrix is never held whole.
 */
export class NnlsContentFilter {
  readonly numUsers: number;
  readonly numItems: number;
  readonly numAttributes: number;
  /** numUsers × numAttributes, row-major: the current profiles (all >= 0). */
  readonly profiles: Float64Array;
  private readonly itemAttributes: Float32Array;
  /** numUsers × numAttributes: b_u = Aᵀc_u. */
  private readonly moments: Float64Array;
  private readonly changed: Uint8Array;
  private readonly solver: GramNnls;
  private readonly scorer: AttributeScorer;
  private readonly warmStart: boolean;
  private readonly blockRows: number;
  private block: Float64Array;
  private readonly candidateSize: number;
  private candidateLists: CandidateLists | undefined;

  constructor(
    itemAttributes: Float32Array,
    numItems: number,
    numAttributes: number,
    numUsers: number,
    options: NnlsContentFilterOptions = {},
  ) {
    for (const [name, value] of [
      ['numItems', numItems],
      ['numAttributes', numAttributes],
      ['numUsers', numUsers],
    ] as const) {
      if (!Number.isInteger(value) || value < 1) {
        throw new RangeError(`NnlsContentFilter: ${name} must be a positive integer, got ${value}`);
      }
    }
    this.blockRows = options.blockRows ?? 256;
    if (!Number.isInteger(this.blockRows) || this.blockRows < 1) {
      throw new RangeError(
        `NnlsContentFilter: options.blockRows must be a positive integer, got ${this.blockRows}`,
      );
    }
    this.candidateSize = options.candidates ?? 100;
    if (!Number.isInteger(this.candidateSize) || this.candidateSize < 0) {
      throw new RangeError(
        `NnlsContentFilter: options.candidates must be a non-negative integer, got ${this.candidateSize}`,
      );
    }
    this.scorer = new AttributeScorer(itemAttributes, numItems, numAttributes, options.scoring);
    this.numUsers = numUsers;
    this.numItems = numItems;
    this.numAttributes = numAttributes;
    this.itemAttributes = itemAttributes.slice();
    this.profiles = new Float64Array(numUsers * numAttributes);
    this.moments = new Float64Array(numUsers * numAttributes);
    this.changed = new Uint8Array(numUsers);
    this.warmStart = options.warmStart ?? true;
    this.solver = new GramNnls(gramOf(this.itemAttributes, numItems, numAttributes), numAttributes);
    this.block = new Float64Array(0);
  }

  /** Whether scoring uses the binary lookup-table kernel. */
  get binaryScoring(): boolean {
    return this.scorer.binary;
  }

  /** Records that user `user` interacted once more with `item`. */
  addInteraction(user: number, item: number): void {
    if (!(user >= 0 && user < this.numUsers && Number.isInteger(user))) {
      throw new RangeError(`addInteraction: user ${user} is not in [0, ${this.numUsers})`);
    }
    if (!(item >= 0 && item < this.numItems && Number.isInteger(item))) {
      throw new RangeError(`addInteraction: item ${item} is not in [0, ${this.numItems})`);
    }
    const a = this.numAttributes;
    for (let j = 0; j < a; j++) this.moments[user * a + j]! += this.itemAttributes[item * a + j]!;
    this.changed[user] = 1;
  }

  /** One step of T-RECS feedback: items[u] is what user u interacted with (-1: nothing). */
  addInteractions(items: Int32Array): void {
    if (items.length !== this.numUsers) {
      throw new RangeError(
        `addInteractions: items must hold one entry per user (${this.numUsers}), got ${items.length}`,
      );
    }
    for (const [u, item] of items.entries()) if (item !== -1) this.addInteraction(u, item);
  }

  /**
   * Refits the profile of every user with interactions since the last refit; returns how
   * many users were refit.
   */
  refit(): number {
    const a = this.numAttributes;
    let refitted = 0;
    for (let u = 0; u < this.numUsers; u++) {
      if (this.changed[u] === 0) continue;
      if (!this.warmStart) this.profiles.fill(0, u * a, (u + 1) * a);
      this.solver.solve(this.moments, u * a, this.profiles, u * a);
      this.changed[u] = 0;
      refitted++;
    }
    return refitted;
  }

  /** Predicted scores of every item for users [firstUser, firstUser + rows), row by row. */
  score(firstUser: number, rows: number, out: Float64Array): void {
    if (!(firstUser >= 0 && rows >= 0 && firstUser + rows <= this.numUsers)) {
      throw new RangeError(
        `score: users [${firstUser}, ${firstUser + rows}) are not within [0, ${this.numUsers})`,
      );
    }
    this.scorer.scoreRows(this.profiles, firstUser, rows, out);
  }

  /**
   * The k items of highest predicted score for every user (numUsers × k, best first; ties to
   * the lower item id). Items can be recommended again. With candidate lists (k ≤ their size
   * < numItems) most users score only their kept candidates; the slates are those of scoring
   * every item. Time spent is added to `timings`.
   */
  recommend(
    k: number,
    out: Int32Array = new Int32Array(this.numUsers * k),
    timings?: RecommendTimings,
  ): Int32Array {
    if (out.length !== this.numUsers * k) {
      throw new RangeError(`recommend: out must hold numUsers * k = ${this.numUsers * k} entries`);
    }
    const m = this.candidateSize;
    if (!(Number.isInteger(k) && k >= 1 && k <= m && m < this.numItems)) {
      return this.recommendFull(k, out, timings);
    }
    this.candidateLists ??= new CandidateLists(
      this.itemAttributes,
      this.numItems,
      this.numAttributes,
      this.numUsers,
      m,
    );
    for (let u = 0; u < this.numUsers; u++) {
      this.candidateLists.serve(u, this.profiles, this.scorer, k, out, u * k, timings);
    }
    return out;
  }

  /** `recommend` scoring every item for every user, block by block. */
  private recommendFull(k: number, out: Int32Array, timings?: RecommendTimings): Int32Array {
    const n = this.numItems;
    const rows = Math.min(this.blockRows, this.numUsers);
    if (this.block.length < rows * n) this.block = new Float64Array(rows * n);
    for (let first = 0; first < this.numUsers; first += rows) {
      const count = Math.min(rows, this.numUsers - first);
      const t0 = performance.now();
      this.scorer.scoreRows(this.profiles, first, count, this.block);
      const t1 = performance.now();
      selectTopK(this.block, count, n, k, out, first * k);
      if (timings !== undefined) {
        timings.scoringMs += t1 - t0;
        timings.selectionMs += performance.now() - t1;
        timings.rescoredUsers += count;
      }
    }
    return out;
  }
}

/** AᵀA of the items × attributes matrix A. */
function gramOf(attributes: Float32Array, numItems: number, numAttributes: number): Float64Array {
  const a = numAttributes;
  const gram = new Float64Array(a * a);
  for (let i = 0; i < numItems; i++) {
    const o = i * a;
    for (let r = 0; r < a; r++) {
      const v = attributes[o + r]!;
      if (v === 0) continue;
      for (let c = 0; c <= r; c++) gram[r * a + c]! += v * attributes[o + c]!;
    }
  }
  for (let r = 0; r < a; r++) for (let c = 0; c < r; c++) gram[c * a + r] = gram[r * a + c]!;
  return gram;
}

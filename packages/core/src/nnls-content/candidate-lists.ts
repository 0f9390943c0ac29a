import { WorstFirstHeap } from '../decisions/top-k';
import type { AttributeScorer } from './attribute-scorer';

/** Unit roundoff of doubles, 2^-53. */
const unitRoundoff = 2 ** -53;

/** Where `recommend` spent its time, added to what the object already holds. */
export interface RecommendTimings {
  /** Milliseconds scoring every item (for the users rescored in full). */
  scoringMs: number;
  /** Milliseconds selecting the best items from those full scorings. */
  selectionMs: number;
  /** Milliseconds scoring and checking the kept candidates of every user. */
  candidateMs: number;
  /** Users whose every item was scored (all of them without candidate lists). */
  rescoredUsers: number;
}

/**
 * Per user, the M items of highest score at the last full scoring, so that a slate of k ≤ M
 * can usually be chosen from those M instead of every item, with the very slate a full
 * scoring gives.
 *
 * Why the kept candidates can vouch for a slate. A score is linear in the profile,
 * s(i) = p · a_i. At the full scoring (profile p₀) the candidates were the best M items and
 * g was the best score left out, the (M + 1)-th. Since then the profile moved by Δ = p − p₀,
 * so an item's score moved by Δ · a_i, which is at most U = Σ_j max(Δ_j·lo_j, Δ_j·hi_j),
 * where [lo_j, hi_j] is the range of attribute j over the catalogue (for 0/1 attributes,
 * U = Σ_j max(Δ_j, 0): the profile's total rise). Every item left out now scores at most
 * g + U. If the k-th best candidate now scores strictly more than that, no left-out item can
 * enter the top k, not even on a tie, so the top k of the candidates is the top k of all
 * items. (This is the test "the 10th-best minus the (M + 1)-th is more than the bound"
 * with the 10th-best taken at the new profile, which needs the bound once instead of twice.)
 * Otherwise the user's every item is scored again, and the candidates, g and p₀ renewed.
 *
 * Ties: candidates are kept in ascending item order and scanned that way, so between equal
 * scores the lower item wins, as in a full scoring (`selectTopK`, `topK`). Rounding: the
 * computed scores differ from the exact ones by at most (A + 1)·u·Σ_j |p_j|·max|a_j| for A
 * attributes (recursive summation of A products, u = 2^-53); the test adds four times that
 * for p, p₀ and Δ, and the slack is below 1e-13 of a score, so it costs no rescoring.
 */
export class CandidateLists {
  readonly numUsers: number;
  readonly size: number;
  private readonly numItems: number;
  private readonly numAttributes: number;
  /** numUsers × size item ids, each row ascending. */
  private readonly candidates: Int32Array;
  /** Per user, the best score left out at the last full scoring; NaN: never scored. */
  private readonly gate: Float64Array;
  /** numUsers × numAttributes: each profile at its last full scoring. */
  private readonly reference: Float64Array;
  /** Per attribute, its lowest and highest value over the catalogue, and the larger |value|. */
  private readonly low: Float64Array;
  private readonly high: Float64Array;
  private readonly largest: Float64Array;
  /** A heap of exactly k (its capacity decides when it stops growing), made for the last k. */
  private slateHeap: WorstFirstHeap;
  private readonly listHeap: WorstFirstHeap;
  private readonly best: Int32Array;
  private readonly candidateScores: Float64Array;
  private readonly row: Float64Array;

  constructor(
    itemAttributes: Float32Array,
    numItems: number,
    numAttributes: number,
    numUsers: number,
    size: number,
  ) {
    if (!Number.isInteger(size) || size < 1 || size >= numItems) {
      throw new RangeError(
        `CandidateLists: size must be an integer in [1, numItems = ${numItems}), got ${size}`,
      );
    }
    this.numUsers = numUsers;
    this.size = size;
    this.numItems = numItems;
    this.numAttributes = numAttributes;
    this.candidates = new Int32Array(numUsers * size);
    this.gate = new Float64Array(numUsers).fill(Number.NaN);
    this.reference = new Float64Array(numUsers * numAttributes);
    if (!itemAttributes.every(Number.isFinite)) {
      throw new RangeError('CandidateLists: every item attribute must be finite');
    }
    this.low = new Float64Array(numAttributes).fill(Number.POSITIVE_INFINITY);
    this.high = new Float64Array(numAttributes).fill(Number.NEGATIVE_INFINITY);
    for (let i = 0; i < numItems; i++) {
      for (let j = 0; j < numAttributes; j++) {
        const v = itemAttributes[i * numAttributes + j]!;
        if (v < this.low[j]!) this.low[j] = v;
        if (v > this.high[j]!) this.high[j] = v;
      }
    }
    this.largest = this.low.map((lo, j) => Math.max(Math.abs(lo), Math.abs(this.high[j]!)));
    this.slateHeap = new WorstFirstHeap(1);
    this.listHeap = new WorstFirstHeap(size + 1);
    this.best = new Int32Array(size + 1);
    this.candidateScores = new Float64Array(size);
    this.row = new Float64Array(numItems);
  }

  /**
   * Writes user `user`'s k best items (best first, ties to the lower id) to
   * out[offset .. offset + k): from the kept candidates when they vouch for it, else from a
   * full scoring that renews them. `profiles` holds numAttributes per user.
   */
  serve(
    user: number,
    profiles: Float64Array,
    scorer: AttributeScorer,
    k: number,
    out: Int32Array,
    offset: number,
    timings?: RecommendTimings,
  ): void {
    const t0 = timings === undefined ? 0 : performance.now();
    const vouched = this.fromCandidates(user, profiles, scorer, k, out, offset);
    const t1 = timings === undefined ? 0 : performance.now();
    if (timings !== undefined) timings.candidateMs += t1 - t0;
    if (vouched) return;
    scorer.scoreRows(profiles, user, 1, this.row);
    const t2 = timings === undefined ? 0 : performance.now();
    this.renew(user, profiles, k, out, offset);
    if (timings !== undefined) {
      timings.scoringMs += t2 - t1;
      timings.selectionMs += performance.now() - t2;
      timings.rescoredUsers++;
    }
  }

  /** The slate from the candidates, if they vouch for it (see the class comment). */
  private fromCandidates(
    user: number,
    profiles: Float64Array,
    scorer: AttributeScorer,
    k: number,
    out: Int32Array,
    offset: number,
  ): boolean {
    const gate = this.gate[user];
    if (gate === undefined) throw new RangeError(`CandidateLists: no user ${user}`);
    if (Number.isNaN(gate)) return false;
    const a = this.numAttributes;
    const po = user * a;
    let rise = 0;
    let slack = 0;
    for (let j = 0; j < a; j++) {
      const p = profiles[po + j]!;
      const p0 = this.reference[po + j]!;
      const delta = p - p0;
      rise += Math.max(delta * this.low[j]!, delta * this.high[j]!);
      slack += (Math.abs(p) + Math.abs(p0) + Math.abs(delta)) * this.largest[j]!;
    }
    const bar = gate + rise + 4 * (a + 1) * unitRoundoff * slack;
    const m = this.size;
    const scores = this.candidateScores;
    scorer.scoreItems(profiles, user, this.candidates, user * m, m, scores);
    if (this.slateHeap.score.length !== k) this.slateHeap = new WorstFirstHeap(k);
    const heap = this.slateHeap;
    heap.size = 0;
    const list = user * m;
    for (let c = 0; c < m; c++) {
      const s = scores[c]!;
      // Ascending item order: a later candidate that only ties the worst kept loses.
      if (heap.size === k && !(s > heap.score[0]!)) continue;
      heap.offer(s, this.candidates[list + c]!);
    }
    if (!(heap.score[0]! > bar)) return false;
    heap.drainBestFirst(out, offset);
    return true;
  }

  /** Renews the user's candidates from this.row (every item scored) and writes the slate. */
  private renew(
    user: number,
    profiles: Float64Array,
    k: number,
    out: Int32Array,
    offset: number,
  ): void {
    const m = this.size;
    const heap = this.listHeap;
    heap.size = 0;
    const row = this.row;
    const n = this.numItems;
    let i = 0;
    for (; i < n && heap.size <= m; i++) heap.offer(row[i]!, i);
    // Then only an item beating the worst kept enters (one that ties it loses on its id).
    let bar = heap.score[0]!;
    for (; i < n; i++) {
      const s = row[i]!;
      if (!(s > bar)) continue;
      heap.offer(s, i);
      bar = heap.score[0]!;
    }
    this.gate[user] = heap.score[0]!;
    heap.drainBestFirst(this.best, 0);
    for (let j = 0; j < k; j++) out[offset + j] = this.best[j]!;
    const list = this.candidates.subarray(user * m, (user + 1) * m);
    list.set(this.best.subarray(0, m));
    list.sort();
    const a = this.numAttributes;
    this.reference.set(profiles.subarray(user * a, (user + 1) * a), user * a);
  }
}

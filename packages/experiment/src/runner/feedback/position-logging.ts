import { ExaminationEstimate } from '@goodhart/core';
import type { InteractionLog } from '@goodhart/sim';

/**
 * The platform's record of which impressions were placed at random, and the examination
 * curve it estimates from them (core's RandTop-n estimate, Joachims et al. 2017). Randomised
 * are the slates a rand-top-k decision rule shuffled and every start-up slate (uniformly
 * random, so position is independent of the item there too). The curve is what the logged
 * impressions' propensities are read from at each refit: θ̂ of the impression's slot. With
 * no randomised impression yet the curve is 1 everywhere, so inverse-propensity weighting
 * corrects nothing until the platform has randomised something: the world's own curve is
 * never read.
 */
export class PositionLogging {
  /** Filled by the decision rule: 1 for each row of this round's slates it randomised. */
  private rows = new Uint8Array(0);
  private readonly userRandomised: Uint8Array;
  private readonly estimate: ExaminationEstimate;
  private randomised = new Uint8Array(0);

  constructor(numUsers: number, slateSize: number) {
    this.userRandomised = new Uint8Array(numUsers);
    this.estimate = new ExaminationEstimate(slateSize);
  }

  /** A buffer of at least `rows` entries for the decision rule's `randomised` output. */
  randomisedRows(rows: number): Uint8Array {
    if (this.rows.length < rows) this.rows = new Uint8Array(rows);
    return this.rows;
  }

  /**
   * Notes this round's slates before they are played: row r (user users[r]) was randomised
   * if `everyRow` (a start-up round) or the decision rule marked it.
   */
  served(users: Int32Array, everyRow: boolean): void {
    this.userRandomised.fill(0);
    for (let r = 0; r < users.length; r++) {
      this.userRandomised[users[r]!] = everyRow || this.rows[r] === 1 ? 1 : 0;
    }
  }

  /** Adds the round's impressions that were placed at random to the estimate. */
  logged(log: InteractionLog): void {
    if (this.randomised.length < log.length) this.randomised = new Uint8Array(log.length);
    for (let x = 0; x < log.length; x++) this.randomised[x] = this.userRandomised[log.user[x]!]!;
    this.estimate.add(log.position, log.clicked, this.randomised);
  }

  /** θ̂ per slot, floored at 0.01 (see core's estimateExamination). */
  curve(): Float64Array {
    return this.estimate.curve();
  }

  /**
   * Largest error of θ̂ over the slots against the world's true curve: a metric (the truth
   * is read for measuring only, never for training).
   */
  curveError(truth: ArrayLike<number>): number {
    const estimate = this.curve();
    let worst = 0;
    for (let j = 0; j < estimate.length; j++)
      worst = Math.max(worst, Math.abs(estimate[j]! - truth[j]!));
    return worst;
  }
}

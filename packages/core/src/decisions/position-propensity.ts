/**
 * Relative examination probabilities from randomised slates (the RandTop-n estimator of
 * Joachims, Swaminathan & Schnabel 2017, and Wang et al. 2016): where every item is equally
 * likely to sit in every slot, the click-through rate of slot j is θ_j · E[P(click | examined)],
 * the same expectation for every slot, so θ̂_j = CTR_j / CTR_0. In the position-based model
 * only ratios are identified; slot 0 is taken as examined for sure (θ̂_0 = 1).
 *
 * `clicks[j]` and `shown[j]` count clicks and impressions at slot j over randomised slates
 * only. Where a slot has no impression, or slot 0 no click, nothing is known and θ̂_j = 1
 * (no correction). Estimates are clipped to [minPropensity, 1]: sampling noise can put a lower
 * slot's CTR above slot 0's, and the floor bounds the inverse-propensity weights (Joachims
 * et al. clip propensities the same way).
 */
export function estimateExamination(
  clicks: ArrayLike<number>,
  shown: ArrayLike<number>,
  minPropensity = 0.01,
): Float64Array {
  if (clicks.length !== shown.length) {
    throw new Error(
      `estimateExamination: clicks has ${clicks.length} slots, shown has ${shown.length}`,
    );
  }
  if (!(minPropensity > 0 && minPropensity <= 1)) {
    throw new Error(`estimateExamination: minPropensity must be in (0, 1], got ${minPropensity}`);
  }
  const k = clicks.length;
  const theta = new Float64Array(k).fill(1);
  const topClicks = clicks[0];
  const topShown = shown[0];
  // No slot (k = 0), or none shown or clicked at the top: nothing to scale by.
  if (topShown === undefined || topClicks === undefined || !(topShown > 0) || !(topClicks > 0)) {
    return theta;
  }
  const top = topClicks / topShown;
  for (let j = 1; j < k; j++) {
    const shownHere = shown[j]!;
    if (!(shownHere > 0)) continue;
    theta[j] = Math.min(1, Math.max(minPropensity, clicks[j]! / shownHere / top));
  }
  return theta;
}

/**
 * Clicks and impressions per slot over the randomised slates of a run so far, and the
 * examination curve they estimate. The position-based model's θ does not change over
 * rounds, so every randomised slate since the start counts.
 */
export class ExaminationEstimate {
  readonly clicks: Float64Array;
  readonly shown: Float64Array;

  constructor(slateSize: number) {
    this.clicks = new Float64Array(slateSize);
    this.shown = new Float64Array(slateSize);
  }

  /** Adds the logged impressions whose row `randomised[r]` is 1. */
  add(
    position: ArrayLike<number>,
    clicked: ArrayLike<number>,
    randomised: ArrayLike<number>,
  ): void {
    if (clicked.length < position.length || randomised.length < position.length) {
      throw new RangeError(
        `ExaminationEstimate.add: ${position.length} positions but ${clicked.length} clicked and ${randomised.length} randomised entries`,
      );
    }
    for (let r = 0; r < position.length; r++) {
      if (randomised[r] !== 1) continue;
      const slot = position[r]!;
      if (slot < 0 || slot >= this.shown.length) continue;
      this.shown[slot]! += 1;
      this.clicks[slot]! += clicked[r]!;
    }
  }

  /** θ̂ per slot (see estimateExamination). */
  curve(minPropensity?: number): Float64Array {
    return estimateExamination(this.clicks, this.shown, minPropensity);
  }
}

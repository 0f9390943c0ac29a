import { type Rng, shuffleInPlace } from '@goodhart/random';

/**
 * RandTop-n logging (Joachims, Swaminathan & Schnabel, WSDM 2017; Wang et al. 2016), applied
 * to a share of the traffic as a platform would: each slate is, with probability `share`,
 * served in a uniformly random order of its own items (n = the slate size), and otherwise in
 * the ranker's order. In a randomised slate every item sits in every slot with probability
 * 1/k whatever its score, so position there is independent of the model's own decisions:
 * the click-through rate of slot j over randomised slates, divided by slot 0's, estimates
 * the relative examination probability θ_j / θ_0 (see estimateExamination), and a shallow
 * position tower can tell position from relevance. Which items make the slate is left to
 * the ranker. Writes 1 into `randomised[row]` for each row it shuffled (0 otherwise).
 * Returns a new array; the input is left alone. Empty slots (−1) keep their place.
 */
export function randTopK(
  rng: Rng,
  share: number,
): (slates: Int32Array, rows: number, k: number, randomised?: Uint8Array) => Int32Array {
  if (!(share >= 0 && share <= 1)) {
    throw new Error(`randTopK: share must be in [0, 1], got ${share}`);
  }
  return (slates, rows, k, randomised) => {
    if (slates.length !== rows * k) {
      throw new Error(`randTopK: slates has ${slates.length} entries, rows * k is ${rows * k}`);
    }
    if (randomised !== undefined && randomised.length < rows) {
      throw new Error(
        `randTopK: randomised has ${randomised.length} entries, fewer than ${rows} rows`,
      );
    }
    const out = slates.slice();
    const values = new Int32Array(k);
    const slots = new Int32Array(k);
    for (let r = 0; r < rows; r++) {
      // One draw per row whether or not it is shuffled, so the stream does not depend on k.
      const shuffle = rng.next() < share;
      if (randomised !== undefined) randomised[r] = shuffle ? 1 : 0;
      if (!shuffle) continue;
      const row = out.subarray(r * k, (r + 1) * k);
      let n = 0;
      for (const [slot, item] of row.entries()) {
        if (item < 0) continue;
        slots[n] = slot;
        values[n++] = item;
      }
      shuffleInPlace(values.subarray(0, n), rng);
      for (let j = 0; j < n; j++) row[slots[j]!] = values[j]!;
    }
    return out;
  };
}

function checkCosts(where: string, cFP: number, cFN: number): void {
  if (
    !(cFP >= 0) ||
    !(cFN >= 0) ||
    !Number.isFinite(cFP) ||
    !Number.isFinite(cFN) ||
    cFP + cFN === 0
  ) {
    throw new Error(
      `${where}: costs must be finite, >= 0 and not both 0, got cFP=${cFP}, cFN=${cFN}`,
    );
  }
}

/**
 * The Bayes-optimal threshold on a calibrated probability when a false positive costs cFP
 * and a false negative cFN: act when p ≥ cFP / (cFP + cFN).
 */
export function thresholdFor(cFP: number, cFN: number): number {
  checkCosts('thresholdFor', cFP, cFN);
  return cFP / (cFP + cFN);
}

/** 1 where the probability reaches the threshold, else 0. */
export function applyThreshold(probabilities: ArrayLike<number>, threshold: number): Uint8Array {
  if (!Number.isFinite(threshold))
    throw new Error(`applyThreshold: threshold must be finite, got ${threshold}`);
  const out = new Uint8Array(probabilities.length);
  for (let i = 0; i < out.length; i++) out[i] = probabilities[i]! >= threshold ? 1 : 0;
  return out;
}

/**
 * Expected utility of acting on each probability: p·cFN − (1 − p)·cFP (acting on a positive
 * avoids a miss worth cFN; acting on a negative costs cFP). Positive exactly above
 * thresholdFor(cFP, cFN), so ranking by it and cutting at 0 is the same decision.
 */
export function utilityAdjust(
  probabilities: ArrayLike<number>,
  cFP: number,
  cFN: number,
): Float32Array {
  checkCosts('utilityAdjust', cFP, cFN);
  const out = new Float32Array(probabilities.length);
  for (let i = 0; i < out.length; i++) {
    const p = probabilities[i]!;
    out[i] = p * cFN - (1 - p) * cFP;
  }
  return out;
}

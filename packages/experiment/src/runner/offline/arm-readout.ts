import { detiltedProbability } from './cost-tilt';
import { sigmoid } from './logit-losses';

/** What an offline arm says about each row, read from its network's logits. */
export interface ArmReadout {
  /** The answer head's probability as trained (tilted, for a cost-weighted arm). */
  score: Float64Array;
  /** The answer: 1 when `score` reaches the arm's threshold. */
  decisions: Uint8Array;
  /**
   * The arm's stated P(y = 1): its confidence head's σ(z₁) when it has one, else `score`
   * with any cost tilt taken out (cost-tilt.ts). Calibration is judged on this.
   */
  probability: Float64Array;
  /** The stated probability that the answer is right: `probability`, or 1 − it for answer 0. */
  confidence: Float64Array;
}

export interface ReadoutOptions {
  /** Logits per row: 1, or 2 when logit 1 is a confidence head. */
  outputs: number;
  threshold: number;
  /** c_FN / c_FP when the answer head was trained with those costs in its loss, else 1. */
  tiltRatio: number;
}

export function readArm(
  logits: ArrayLike<number>,
  rows: number,
  options: ReadoutOptions,
): ArmReadout {
  const { outputs, threshold, tiltRatio } = options;
  const readout: ArmReadout = {
    score: new Float64Array(rows),
    decisions: new Uint8Array(rows),
    probability: new Float64Array(rows),
    confidence: new Float64Array(rows),
  };
  for (let r = 0; r < rows; r++) {
    const score = sigmoid(logits[r * outputs]!);
    const answer = score >= threshold ? 1 : 0;
    const probability =
      outputs === 2 ? sigmoid(logits[r * outputs + 1]!) : detiltedProbability(score, tiltRatio);
    readout.score[r] = score;
    readout.decisions[r] = answer;
    readout.probability[r] = probability;
    readout.confidence[r] = answer === 1 ? probability : 1 - probability;
  }
  return readout;
}

import { brierOfLogit, type LogitLoss } from './logit-losses';

/**
 * What an offline arm minimises, over the network's logits: the answer head's loss on logit 0
 * and, for an arm with a confidence head, λ times the Brier score of its stated confidence on
 * logit 1.
 */
export interface Objective {
  /** Logits per row: 1, or 2 with a confidence head. */
  readonly outputs: number;
  /** Mean loss over `rows`; fills `gradient` (rows × outputs) with d(mean)/d(logit) if given. */
  evaluate(
    logits: ArrayLike<number>,
    labels: ArrayLike<number>,
    rows: number,
    gradient?: Float64Array,
  ): number;
}

/**
 * The confidence head states s = σ(z₁) = P(y = 1); its confidence that the answer a is right
 * is s when a = 1 and 1 − s when a = 0. The RLCR reward's Brier term on that confidence,
 * (confidence − 1[a = y])², is then (s − y)² whichever answer was drawn: the answer is scored
 * by its loss alone and the confidence by the Brier term alone (Damani et al. 2025's
 * correctness + Brier reward, its expectation over the answer policy taken exactly).
 */
export function objectiveOf(answer: LogitLoss, confidenceLambda?: number): Objective {
  const outputs = confidenceLambda === undefined ? 1 : 2;
  const lambda = confidenceLambda ?? 0;
  return {
    outputs,
    evaluate(logits, labels, rows, gradient) {
      let total = 0;
      for (let r = 0; r < rows; r++) {
        const y = labels[r]!;
        const z = logits[r * outputs]!;
        total += answer.value(y, z);
        if (gradient !== undefined) gradient[r * outputs] = answer.derivative(y, z) / rows;
        if (outputs === 2) {
          const c = logits[r * outputs + 1]!;
          total += lambda * brierOfLogit.value(y, c);
          if (gradient !== undefined) {
            gradient[r * outputs + 1] = (lambda * brierOfLogit.derivative(y, c)) / rows;
          }
        }
      }
      return total / rows;
    },
  };
}

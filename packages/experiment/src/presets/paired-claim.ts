import type { ClaimInput } from '../claims/claim-schema';
import { learnabilityBar } from '../claims/learnability-bar';

export interface PairedClaimFields {
  id: string;
  statement: string;
  source: string;
  metric: string;
  /** The arm whose effect is claimed, and the arm it is compared with, seed by seed. */
  arm: string;
  reference: string;
  expected: 'positive' | 'negative';
  /**
   * Which arms the gate stands on (claims/learnability-bar): `both`, or only `arm` or only
   * `reference` when the other one's failing to serve what people care about is what the
   * claim predicts (its objective carries the mechanism), so its figure is reported, not gated.
   */
  positiveControl: 'both' | 'arm' | 'reference';
}

/**
 * A feedback preset's claim that `arm` differs from `reference` in `metric` with the expected
 * sign, gated on its positive control clearing the learnability bar (what a learner did not
 * learn is no finding about it).
 */
export function pairedArmsClaim(fields: PairedClaimFields): ClaimInput {
  const { arm, reference, positiveControl, ...rest } = fields;
  const gated =
    positiveControl === 'both' ? [arm, reference] : [positiveControl === 'arm' ? arm : reference];
  return {
    ...rest,
    compare: { kind: 'arms', arm, reference },
    gate: { ...learnabilityBar.feedback, arms: gated },
  };
}

/**
 * The learnable default world with a fixed catalogue: no item turnover, creators not adapting,
 * so what changes between arms is the recommender alone (as click-trap isolates the ranker).
 */
export const fixedCatalogue = {
  itemTurnover: 0,
  creatorAdaptation: { rule: 'none' as const, noise: 0 },
};

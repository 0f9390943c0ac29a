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
}

/**
 * A feedback preset's claim that `arm` differs from `reference` in `metric` with the expected
 * sign, gated on both arms clearing the learnability bar (what a learner did not learn is no
 * finding about it).
 */
export function pairedArmsClaim(fields: PairedClaimFields): ClaimInput {
  const { arm, reference, ...rest } = fields;
  return {
    ...rest,
    compare: { kind: 'arms', arm, reference },
    gate: { ...learnabilityBar.feedback, arms: [arm, reference] },
  };
}

import type { ClaimInput } from '../claims/claim-schema';
import { learnabilityBar } from '../claims/learnability-bar';

/** The seed both click-trap and creator-drift test. */
export const clickTrapSource = 'seed: click-traps';

/** The arms that learn from their logs (the ideal arm of creator-drift does not). */
export const clickTrapLearners = ['click-bce', 'satisfaction', 'multi-objective'] as const;

/** The learnability bar on one learner: the claim's positive control (claims/learnability-bar). */
export function clickTrapGate(learner: (typeof clickTrapLearners)[number]) {
  return { ...learnabilityBar.feedback, arms: [learner] };
}

function isLearner(arm: string): arm is (typeof clickTrapLearners)[number] {
  return (clickTrapLearners as readonly string[]).includes(arm);
}

/**
 * click-bce against another arm, on one summary metric, paired by seed. The gate stands on the
 * arm it is compared with, or on the satisfaction arm when that is the ideal recommender: the
 * same model with an objective free of the click trap (claims/learnability-bar). click-bce's
 * own figure is reported beside the verdict, not gated on: serving what people care for less
 * is what these claims predict of it.
 */
export function clickBceAgainst(
  reference: string,
  id: string,
  statement: string,
  metric: string,
  expected: 'positive' | 'negative',
): ClaimInput {
  return {
    id,
    statement,
    source: clickTrapSource,
    metric,
    compare: { kind: 'arms', arm: 'click-bce', reference },
    expected,
    gate: clickTrapGate(isLearner(reference) ? reference : 'satisfaction'),
  };
}

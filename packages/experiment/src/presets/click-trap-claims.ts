import type { ClaimInput } from '../claims/claim-schema';
import { learnabilityBar } from '../claims/learnability-bar';

/** The seed both click-trap and creator-drift test. */
export const clickTrapSource = 'seed: click-traps';

/** The arms that learn from their logs (the ideal arm of creator-drift does not). */
export const clickTrapLearners = ['click-bce', 'satisfaction', 'multi-objective'] as const;

/**
 * A claim stands on the learners it compares having learnt users' tastes: the learnability bar
 * on those of `arms` that learn (the ideal arm does not).
 */
export function clickTrapGate(...arms: string[]) {
  const learners = arms.filter((arm) => (clickTrapLearners as readonly string[]).includes(arm));
  return { ...learnabilityBar.feedback, arms: learners };
}

/** click-bce against another arm, on one summary metric, paired by seed. */
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
    gate: clickTrapGate('click-bce', reference),
  };
}

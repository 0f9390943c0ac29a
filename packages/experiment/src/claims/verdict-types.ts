import type { Claim, Verdict } from './claim-schema';

/** A mean per-seed difference with its 95% Student-t interval. */
export interface PairedEffect {
  mean: number;
  lower: number;
  upper: number;
  /** Seeds with a finite value on both sides. */
  n: number;
  /** Seeds whose difference has the sign in question (the expected one, for a claim). */
  agreeing: number;
}

/** One learner's figure on a claim's learnability gate, across seeds. */
export interface GateFigure {
  arm: string;
  mean: number;
  lower: number;
  upper: number;
  n: number;
}

/** A claim judged on one experiment's runs, at one sweep grid point (`params`, {} if none). */
export interface ClaimVerdict {
  claim: Claim;
  params: Record<string, number | string | boolean>;
  verdict: Verdict;
  /** Why, in words: which interval, which seeds, or which learner missed the bar. */
  reason: string;
  /** The paired effect in the claim's metric (for `trend`: the slope per unit of the axis). */
  effect: PairedEffect;
  /**
   * The gate's figures, one per learner arm; absent when the claim has no gate. `reported`:
   * the compared arms the gate leaves out (claims/learnability-bar says why), with their figure
   * on the same metric at the verdict's own grid points, shown but not judged.
   */
  learnability?: {
    metric: string;
    min: number;
    passed: boolean;
    arms: GateFigure[];
    reported?: GateFigure[];
  };
}

/** Every arm against the spec's reference arm, metric by metric, paired by seed. */
export interface PairedComparison {
  /** The group (arm × sweep point) and its reference group at the same sweep point. */
  group: string;
  arm: string;
  reference: string;
  params: Record<string, number | string | boolean>;
  /** metric(arm) − metric(reference), per metric; `agreeing` counts seeds with a difference > 0. */
  metrics: Record<string, PairedEffect>;
}

import {
  type Claim,
  type ClaimVerdict,
  type GateFigure,
  judgeClaims,
  type PairedComparison,
  type PairedEffect,
  pairedComparisons,
} from '@goodhart/experiment/claims';
import type { ExperimentSpec } from '@goodhart/experiment/spec';
import { finishedResults, finiteOrNull, type StoredRun } from './run-rounds';

/** A PairedEffect as JSON carries it: a figure that is not a number travels as null. */
export interface PairedEffectOut {
  mean: number | null;
  lower: number | null;
  upper: number | null;
  /** Seeds with a finite value on both sides. */
  n: number;
  /** Seeds whose difference has the sign in question. */
  agreeing: number;
}

export interface PairedComparisonOut extends Omit<PairedComparison, 'metrics'> {
  metrics: Record<string, PairedEffectOut>;
}

export interface GateFigureOut {
  arm: string;
  mean: number | null;
  lower: number | null;
  upper: number | null;
  n: number;
}

export interface ClaimVerdictOut extends Omit<ClaimVerdict, 'effect' | 'learnability'> {
  effect: PairedEffectOut;
  learnability: {
    metric: string;
    min: number;
    passed: boolean;
    arms: GateFigureOut[];
    /** Compared arms the gate leaves out: shown, not judged ([] when none). */
    reported: GateFigureOut[];
  } | null;
}

function figureOut(figure: GateFigure): GateFigureOut {
  return {
    arm: figure.arm,
    mean: finiteOrNull(figure.mean),
    lower: finiteOrNull(figure.lower),
    upper: finiteOrNull(figure.upper),
    n: figure.n,
  };
}

export function effectOut(effect: PairedEffect): PairedEffectOut {
  return {
    mean: finiteOrNull(effect.mean),
    lower: finiteOrNull(effect.lower),
    upper: finiteOrNull(effect.upper),
    n: effect.n,
    agreeing: effect.agreeing,
  };
}

/** The claims a stored spec declares (none for specs from before claims were data). */
export function claimsOf(spec: ExperimentSpec): Claim[] {
  return spec.claims ?? [];
}

/**
 * Every arm against the spec's reference arm, paired by seed, from the runs that succeeded:
 * the experiment package's pairedComparisons, shaped for JSON.
 */
export function pairedOf(spec: ExperimentSpec, runs: readonly StoredRun[]): PairedComparisonOut[] {
  return pairedComparisons(spec, finishedResults(runs)).map((comparison) => ({
    ...comparison,
    metrics: Object.fromEntries(
      Object.entries(comparison.metrics).map(([metric, effect]) => [metric, effectOut(effect)]),
    ),
  }));
}

/** Each claim of the spec judged on the runs that succeeded (judgeClaims), shaped for JSON. */
export function verdictsOf(spec: ExperimentSpec, runs: readonly StoredRun[]): ClaimVerdictOut[] {
  if (claimsOf(spec).length === 0) return [];
  return judgeClaims(spec, finishedResults(runs)).map(({ effect, learnability, ...verdict }) => ({
    ...verdict,
    effect: effectOut(effect),
    learnability:
      learnability === undefined
        ? null
        : {
            ...learnability,
            arms: learnability.arms.map(figureOut),
            reported: (learnability.reported ?? []).map(figureOut),
          },
  }));
}

import type { RunResult } from '../runner/run-result';
import type { ExperimentSpec } from '../spec/experiment-schema';
import type { Claim } from './claim-schema';
import {
  type GridPoint,
  gridPoints,
  matchesWhere,
  type Params,
  paramsKey,
  runsBySeed,
} from './grid-points';
import { describeParams, judgeGate } from './learnability-gate';
import { leastSquaresSlope } from './least-squares-slope';
import { effectAgainstZero, noEffect, pairedEffect, type Sign } from './paired-effect';
import { verdictOf } from './verdict-rule';
import type { ClaimVerdict, GateFigure, PairedEffect } from './verdict-types';

/** What one verdict covers: a grid point, or for a trend every point along its axis. */
interface Unit {
  params: Params;
  /** Never empty: a unit is made with its first point. */
  points: [GridPoint, ...GridPoint[]];
}

/**
 * Every claim of the spec judged on its runs: one verdict per claim per grid point that
 * matches its `where` (for a trend, per grid point of the other axes). The gate comes first: a
 * learner below the bar makes the verdict "inconclusive", whatever the effect; then the paired
 * effect's 95% interval decides (claims/verdict-rule). A claim with no runs to judge gets one
 * inconclusive verdict, so no claim drops out of a table unseen.
 */
export function judgeClaims(
  spec: Pick<ExperimentSpec, 'claims'>,
  results: readonly RunResult[],
  level = 0.95,
): ClaimVerdict[] {
  const points = gridPoints(results);
  const verdicts: ClaimVerdict[] = [];
  for (const claim of spec.claims ?? []) {
    const units = unitsOf(claim, points);
    if (units.length === 0) {
      verdicts.push({
        claim,
        params: {},
        verdict: 'inconclusive',
        reason: 'no runs at the grid points the claim names',
        effect: { ...noEffect },
      });
    }
    for (const unit of units) verdicts.push(judgeUnit(claim, unit, points, level));
  }
  return verdicts;
}

function judgeUnit(
  claim: Claim,
  unit: Unit,
  points: readonly GridPoint[],
  level: number,
): ClaimVerdict {
  const effect = effectOf(claim, unit, claim.expected === 'positive' ? 1 : -1, level);
  const base = { claim, params: unit.params, effect };
  if (claim.gate === undefined) return { ...base, ...verdictOf(effect, claim.expected) };
  const gatePoints = gatePointsOf(claim.gate.where, unit, points);
  if (gatePoints.length === 0) {
    const reason = `the gate's grid point (${describeParams({ ...unit.params, ...claim.gate.where })}) has no runs`;
    return { ...base, verdict: 'inconclusive', reason };
  }
  const { failures, ...gated } = judgeGate(claim.gate, gatePoints);
  const learnability = { ...gated, ...reportedFigures(claim, unit) };
  if (failures.length > 0) {
    const reason = `the learners did not learn: ${failures.join('; ')}`;
    return { ...base, verdict: 'inconclusive', reason, learnability };
  }
  return { ...base, ...verdictOf(effect, claim.expected), learnability };
}

/**
 * The compared arms the gate leaves out, with their figure on its metric at the verdict's own
 * points (not judged); with a gate `where`, every compared arm, since the gate was judged
 * elsewhere.
 */
function reportedFigures(claim: Claim, unit: Unit): { reported?: GateFigure[] } {
  const { gate, compare } = claim;
  if (gate === undefined) return {};
  const compared = compare.kind === 'arms' ? [compare.arm, compare.reference] : [compare.arm];
  const ungated =
    gate.where === undefined ? compared.filter((arm) => !gate.arms.includes(arm)) : compared;
  if (ungated.length === 0) return {};
  return { reported: judgeGate({ ...gate, arms: ungated }, unit.points).arms };
}

/**
 * Where the gate is judged: the verdict's own points, or with the gate's `where` the points
 * that share the verdict's other sweep values and have the gate's (for a trend, the one point
 * of its axis where the mechanism is off).
 */
function gatePointsOf(
  where: Params | undefined,
  unit: Unit,
  points: readonly GridPoint[],
): GridPoint[] {
  if (where === undefined) return unit.points;
  const wanted = { ...unit.params, ...where };
  return points.filter((point) => matchesWhere(point.params, wanted));
}

function unitsOf(claim: Claim, points: readonly GridPoint[]): Unit[] {
  const matching = points.filter((point) => matchesWhere(point.params, claim.where));
  if (claim.compare.kind !== 'trend') {
    return matching.map((point) => ({ params: point.params, points: [point] }));
  }
  // A trend's verdict covers the points that differ only along its axis.
  const { axis } = claim.compare;
  const units = new Map<string, Unit>();
  for (const point of matching) {
    const { [axis]: _, ...others } = point.params;
    const key = paramsKey(others);
    const unit = units.get(key);
    if (unit) unit.points.push(point);
    else units.set(key, { params: others, points: [point] });
  }
  return [...units.values()];
}

function effectOf(claim: Claim, unit: Unit, sign: Sign, level: number): PairedEffect {
  const { compare, metric } = claim;
  switch (compare.kind) {
    case 'arms': {
      const [point] = unit.points;
      const arm = runsBySeed(point.results, compare.arm);
      return pairedEffect(arm, runsBySeed(point.results, compare.reference), metric, sign, level);
    }
    case 'zero': {
      const [point] = unit.points;
      const runs = runsBySeed(point.results, compare.arm);
      return effectAgainstZero(
        [...runs.values()].map((run) => run.summary[metric] ?? Number.NaN),
        sign,
        level,
      );
    }
    case 'trend':
      return effectAgainstZero(
        seedSlopes(unit.points, compare.arm, compare.axis, metric),
        sign,
        level,
      );
  }
}

/**
 * One least-squares slope of the metric over the axis's values per seed. A seed counts only
 * if it has a finite value at every axis value the arm was run at, so every slope is taken over
 * the same x and the slopes are comparable.
 */
function seedSlopes(
  points: readonly GridPoint[],
  arm: string,
  axis: string,
  metric: string,
): number[] {
  const bySeed = new Map<number, Map<number, number>>();
  const xs = new Set<number>();
  for (const point of points) {
    const x = Number(point.params[axis]);
    for (const [seed, run] of runsBySeed(point.results, arm)) {
      xs.add(x);
      const values = bySeed.get(seed) ?? new Map<number, number>();
      values.set(x, run.summary[metric] ?? Number.NaN);
      bySeed.set(seed, values);
    }
  }
  const x = [...xs];
  const slopes: number[] = [];
  for (const values of bySeed.values()) {
    const y = x.map((value) => values.get(value) ?? Number.NaN);
    if (y.every(Number.isFinite)) slopes.push(leastSquaresSlope(x, y));
  }
  return slopes;
}

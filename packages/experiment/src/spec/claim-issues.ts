import type { Claim } from '../claims/claim-schema';
import type { ExperimentSpec } from './experiment-schema';
import type { SpecIssue } from './spec-error';

/**
 * What the schema alone cannot check about `reference` and `claims`: that every arm they name
 * exists, claim ids are unique, and a claim's trend axis and `where` keys are axes of the
 * spec's sweep (with values the sweep has), and so are those of a gate's `where`. Run by parseSpec on the whole spec; the specs of
 * single grid points (sweep removed) are not checked again.
 */
export function claimIssues(spec: ExperimentSpec): SpecIssue[] {
  const armNames = spec.arms.map((arm) => arm.name);
  const issues: SpecIssue[] = [];
  const armIssue = (path: string, name: string) => {
    if (!armNames.includes(name)) {
      issues.push({ path, message: `no arm named "${name}"; arms: ${armNames.join(', ')}` });
    }
  };
  if (spec.reference !== undefined) armIssue('reference', spec.reference);

  const ids = new Set<string>();
  (spec.claims ?? []).forEach((claim, index) => {
    const at = `claims.${index}`;
    if (ids.has(claim.id))
      issues.push({ path: `${at}.id`, message: `duplicate claim id "${claim.id}"` });
    ids.add(claim.id);
    armIssue(`${at}.compare.arm`, claim.compare.arm);
    if (claim.compare.kind === 'arms') {
      armIssue(`${at}.compare.reference`, claim.compare.reference);
      if (claim.compare.reference === claim.compare.arm) {
        issues.push({ path: `${at}.compare.reference`, message: 'compares an arm with itself' });
      }
    }
    claim.gate?.arms.forEach((arm, armIndex) => {
      armIssue(`${at}.gate.arms.${armIndex}`, arm);
    });
    issues.push(...sweepReferenceIssues(spec, claim, at));
  });
  return issues;
}

function sweepReferenceIssues(spec: ExperimentSpec, claim: Claim, at: string): SpecIssue[] {
  const axes = spec.sweep?.axes ?? [];
  const known =
    axes.length === 0
      ? 'the spec has no sweep'
      : `sweep axes: ${axes.map((axis) => axis.path).join(', ')}`;
  const issues: SpecIssue[] = [];
  if (claim.compare.kind === 'trend') {
    const { axis: path } = claim.compare;
    const axis = axes.find((candidate) => candidate.path === path);
    if (axis === undefined) {
      issues.push({
        path: `${at}.compare.axis`,
        message: `"${path}" is not a sweep axis; ${known}`,
      });
    } else if (!axis.values.every((value) => typeof value === 'number')) {
      issues.push({
        path: `${at}.compare.axis`,
        message: `a trend needs numeric values on "${path}"`,
      });
    } else if (new Set(axis.values).size < 2) {
      issues.push({
        path: `${at}.compare.axis`,
        message: `a trend needs 2 or more values on "${path}"`,
      });
    }
    if (claim.where !== undefined && path in claim.where) {
      issues.push({ path: `${at}.where.${path}`, message: 'the trend axis cannot also be fixed' });
    }
  }
  issues.push(...sweepValueIssues(claim.where, `${at}.where`, axes, known));
  issues.push(...sweepValueIssues(claim.gate?.where, `${at}.gate.where`, axes, known));
  return issues;
}

/** Every key of a `where` must be a sweep axis, and its value one of the axis's values. */
function sweepValueIssues(
  where: Claim['where'],
  at: string,
  axes: NonNullable<ExperimentSpec['sweep']>['axes'],
  known: string,
): SpecIssue[] {
  const issues: SpecIssue[] = [];
  for (const [path, value] of Object.entries(where ?? {})) {
    const axis = axes.find((candidate) => candidate.path === path);
    if (axis === undefined) {
      issues.push({ path: `${at}.${path}`, message: `not a sweep axis; ${known}` });
    } else if (!axis.values.includes(value)) {
      issues.push({
        path: `${at}.${path}`,
        message: `${value} is not among the sweep's values (${axis.values.join(', ')})`,
      });
    }
  }
  return issues;
}

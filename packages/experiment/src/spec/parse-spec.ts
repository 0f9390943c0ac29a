import { SweepPathError, withValueAt } from '../runs/sweep-path';
import { claimIssues } from './claim-issues';
import { type ExperimentSpec, experimentSpecSchema } from './experiment-schema';
import { issuesFromZod, SpecError, type SpecIssue } from './spec-error';

/**
 * Validates and fills in defaults. Throws SpecError listing every wrong field, including
 * sweep values that would make an invalid spec (each is applied and checked here, so a run
 * never fails later for a bad grid point), and the arms and sweep axes that `reference` and
 * `claims` name (spec/claim-issues).
 */
export function parseSpec(input: unknown): ExperimentSpec {
  const parsed = experimentSpecSchema.safeParse(input);
  if (!parsed.success) throw new SpecError(issuesFromZod(parsed.error));
  const issues = [...sweepIssues(parsed.data), ...claimIssues(parsed.data)];
  if (issues.length > 0) throw new SpecError(issues);
  return parsed.data;
}

/** Whether `path` is `field` or lies inside it (`world.x.y` within `world.x`). */
function within(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`);
}

function sweepIssues(spec: ExperimentSpec): SpecIssue[] {
  if (spec.sweep === undefined) return [];
  const { sweep: _, ...base } = spec;
  const issues: SpecIssue[] = [];
  const seenPaths = new Set<string>();
  spec.sweep.axes.forEach((axis, axisIndex) => {
    if (seenPaths.has(axis.path)) {
      issues.push({ path: `sweep.axes.${axisIndex}.path`, message: `"${axis.path}" swept twice` });
    }
    seenPaths.add(axis.path);
    for (const [valueIndex, value] of axis.values.entries()) {
      const at = `sweep.axes.${axisIndex}.values.${valueIndex}`;
      let candidate: unknown;
      try {
        candidate = withValueAt(base, axis.path, value);
      } catch (error) {
        if (!(error instanceof SweepPathError)) throw error;
        issues.push({ path: `sweep.axes.${axisIndex}.path`, message: error.message });
        return;
      }
      const result = experimentSpecSchema.safeParse(candidate);
      if (!result.success) {
        for (const issue of issuesFromZod(result.error)) {
          // A path to no spec field fails the same way for every value: said once, under the
          // path, rather than once per value under the values.
          if (issue.message === 'unknown field' && within(axis.path, issue.path)) {
            const path = `sweep.axes.${axisIndex}.path`;
            const message = `"${axis.path}" is not a spec field (${issue.path}: unknown field)`;
            if (!issues.some((i) => i.path === path && i.message === message)) {
              issues.push({ path, message });
            }
          } else {
            issues.push({ path: at, message: `${value} at ${issue.path}: ${issue.message}` });
          }
        }
      }
    }
  });
  return issues;
}

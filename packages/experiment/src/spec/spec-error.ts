import type { z } from 'zod';

/** One wrong field: its dotted path (`arms.0.model.kind`, `''` for the whole spec) and why. */
export interface SpecIssue {
  path: string;
  message: string;
}

/** Thrown for a spec that does not parse or is too large to run; lists every wrong field. */
export class SpecError extends Error {
  readonly issues: SpecIssue[];

  constructor(issues: SpecIssue[]) {
    super(`invalid experiment spec:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'SpecError';
    this.issues = issues;
  }
}

export function formatIssue(issue: SpecIssue): string {
  return `  ${issue.path === '' ? '(spec)' : issue.path}: ${issue.message}`;
}

/** `arms.0.name`; a key that is the empty string shows as `""`, so it is not taken for the whole spec. */
export function joinPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => (segment === '' ? '""' : String(segment))).join('.');
}

/**
 * zod issues as SpecIssues; an unknown key is reported at the key itself, not at its parent,
 * and a value that matches none of a union's alternatives gets the issues of the closest one
 * (the fewest issues), so the fields to fix are named rather than "invalid input" at the parent.
 */
export function issuesFromZod(
  error: z.core.$ZodError,
  prefix: readonly PropertyKey[] = [],
): SpecIssue[] {
  const issues: SpecIssue[] = [];
  collectIssues(error.issues, prefix, issues);
  return issues;
}

function collectIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[],
  into: SpecIssue[],
): void {
  for (const issue of zodIssues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        into.push({ path: joinPath([...path, key]), message: 'unknown field' });
      }
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, next) =>
        next.length < best.length ? next : best,
      );
      collectIssues(closest, path, into);
    } else {
      into.push({ path: joinPath(path), message: issue.message });
    }
  }
}

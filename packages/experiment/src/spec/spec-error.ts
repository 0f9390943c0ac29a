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

export function joinPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

/** zod issues as SpecIssues; an unknown key is reported at the key itself, not at its parent. */
export function issuesFromZod(
  error: z.core.$ZodError,
  prefix: readonly PropertyKey[] = [],
): SpecIssue[] {
  const issues: SpecIssue[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({ path: joinPath([...path, key]), message: 'unknown field' });
      }
    } else {
      issues.push({ path: joinPath(path), message: issue.message });
    }
  }
  return issues;
}

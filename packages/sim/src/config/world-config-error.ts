import type { z } from 'zod';

/** One wrong field: its dotted path (`click.relevance`, `''` for the whole config) and why. */
export interface WorldConfigIssue {
  path: string;
  message: string;
}

/** Thrown by resolveWorldConfig; the message lists every wrong field by its path. */
export class WorldConfigError extends Error {
  readonly issues: WorldConfigIssue[];

  constructor(issues: WorldConfigIssue[]) {
    const lines = issues.map((i) => `  ${i.path === '' ? '(config)' : i.path}: ${i.message}`);
    super(`invalid world config:\n${lines.join('\n')}`);
    this.name = 'WorldConfigError';
    this.issues = issues;
  }

  /** zod's issues by dotted path; an unknown key is reported at the key, not at its parent. */
  static fromZod(error: z.ZodError): WorldConfigError {
    const issues: WorldConfigIssue[] = [];
    for (const issue of error.issues) {
      const path = issue.path.map(String);
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          issues.push({ path: [...path, key].join('.'), message: 'unknown field' });
      } else {
        issues.push({ path: path.join('.'), message: issue.message });
      }
    }
    return new WorldConfigError(issues);
  }
}

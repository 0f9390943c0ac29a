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
}

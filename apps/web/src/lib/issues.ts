/** A validation problem at a dotted spec path, as the API reports it. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** Issues at `path` or inside it (`seeds` claims `seeds.count`). */
export function issuesAt(issues: readonly FieldIssue[], path: string): FieldIssue[] {
  return issues.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
}

/** Issues no form field shows, for the list beside the JSON editor. */
export function unclaimedIssues(
  issues: readonly FieldIssue[],
  fieldPaths: readonly string[],
): FieldIssue[] {
  return issues.filter((issue) => !fieldPaths.some((path) => issuesAt([issue], path).length > 0));
}

/**
 * Issues inside `arms`, each saying which arm and field it is about: `arm "popular" (model.kind):
 * Invalid input` rather than a bare "Invalid input" under a list of several arms. `names` are
 * the spec's arms in order (armsOf); an arm without a name is called by its position.
 */
export function armIssues(
  issues: readonly FieldIssue[],
  names: readonly (string | undefined)[],
): FieldIssue[] {
  return issuesAt(issues, 'arms').map((issue) => {
    const match = /^arms\.(\d+)(?:\.(.+))?$/.exec(issue.path);
    if (!match) return issue;
    const index = Number(match[1]);
    const name = names[index];
    const arm = name === undefined ? `arm ${index + 1}` : `arm "${name}"`;
    return { ...issue, message: `${arm}${match[2] ? ` (${match[2]})` : ''}: ${issue.message}` };
  });
}

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

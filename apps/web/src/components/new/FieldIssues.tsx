import type { FieldIssue } from '../../lib/issues';

/** The reasons a field is wrong, announced with the field via aria-describedby. */
export function FieldIssues({ id, issues }: { id: string; issues: readonly FieldIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {issues.map((issue) => issue.message).join('; ')}
    </span>
  );
}

'use client';

import type { FieldIssue } from '../../lib/issues';

/**
 * The whole spec as JSON, for every field the form does not cover. Edits apply as soon as the
 * text parses; until then the syntax error shows and the form keeps the last good spec.
 */
export function JsonEditor({
  text,
  syntaxError,
  otherIssues,
  onChange,
}: {
  text: string;
  syntaxError: string | null;
  otherIssues: readonly FieldIssue[];
  onChange: (text: string) => void;
}) {
  const invalid = syntaxError !== null || otherIssues.length > 0;
  return (
    <div className="field">
      <label htmlFor="spec-json">Full spec (JSON)</label>
      <span id="spec-json-help" className="help">
        Everything the form above does not show: models, losses, decision rules, world parameters.
        Field paths in the messages below are dotted, e.g. <code>arms.0.model.kind</code>.
      </span>
      <textarea
        id="spec-json"
        className="json-editor"
        spellCheck={false}
        value={text}
        aria-invalid={invalid}
        aria-describedby={`spec-json-help${invalid ? ' spec-json-error' : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      {invalid ? (
        <div id="spec-json-error" role="alert">
          {syntaxError ? <p className="field-error">JSON: {syntaxError}</p> : null}
          {otherIssues.length > 0 ? (
            <ul className="issues">
              {otherIssues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  <code>{issue.path || '(spec)'}</code>: {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

'use client';

import { type FieldIssue, issuesAt } from '../../lib/issues';
import { getAt } from '../../lib/spec-path';
import { FieldIssues } from './FieldIssues';

function inputId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]/g, '-')}`;
}

/**
 * One input bound to a dotted path of the spec document. An emptied input removes the field,
 * so the spec falls back to its default; the API's reasons for that path show underneath.
 */
export function SpecField({
  doc,
  path,
  label,
  kind,
  help,
  issues,
  onChange,
  placeholder,
}: {
  doc: unknown;
  path: string;
  label: string;
  kind: 'text' | 'integer' | 'number';
  help?: string;
  issues: readonly FieldIssue[];
  onChange: (path: string, value: unknown) => void;
  placeholder?: string;
}) {
  const id = inputId(path);
  const mine = issuesAt(issues, path);
  const value = getAt(doc, path);
  const describedBy = [mine.length > 0 ? `${id}-error` : null, help ? `${id}-help` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={path}
        type={kind === 'text' ? 'text' : 'number'}
        step={kind === 'integer' ? 1 : 'any'}
        inputMode={kind === 'text' ? undefined : kind === 'integer' ? 'numeric' : 'decimal'}
        value={value === undefined || value === null ? '' : String(value)}
        placeholder={placeholder ?? (kind === 'text' ? undefined : 'default')}
        aria-invalid={mine.length > 0}
        aria-describedby={describedBy || undefined}
        onChange={(event) => {
          const raw = event.target.value;
          if (raw === '') onChange(path, undefined);
          else if (kind === 'text') onChange(path, raw);
          else onChange(path, Number(raw));
        }}
      />
      {help ? (
        <span id={`${id}-help`} className="help">
          {help}
        </span>
      ) : null}
      <FieldIssues id={`${id}-error`} issues={mine} />
    </div>
  );
}

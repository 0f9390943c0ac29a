'use client';

import type { ArmLike } from '../../lib/arms';
import { type FieldIssue, issuesAt } from '../../lib/issues';
import { FieldIssues } from './FieldIssues';

export function ArmsPicker({
  pool,
  chosen,
  onToggle,
  issues,
}: {
  pool: readonly ArmLike[];
  chosen: ReadonlySet<string>;
  onToggle: (name: string) => void;
  issues: readonly FieldIssue[];
}) {
  const mine = issuesAt(issues, 'arms');
  return (
    <fieldset className="field" style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend className="label" style={{ fontSize: 12, fontWeight: 600, color: 'var(--muted)' }}>
        Arms to compare
      </legend>
      {pool.length === 0 ? (
        <span className="help">Pick a preset, or write arms in the JSON below.</span>
      ) : (
        <div className="checkbox-row" aria-describedby={mine.length > 0 ? 'arms-error' : undefined}>
          {pool.map((arm) => (
            <label key={arm.name} title={describe(arm)}>
              <input
                type="checkbox"
                checked={chosen.has(arm.name)}
                onChange={() => onToggle(arm.name)}
              />
              <span className="mono">{arm.name}</span>
              <span style={{ color: 'var(--faint)', fontSize: 11.5 }}>{describe(arm)}</span>
            </label>
          ))}
        </div>
      )}
      <FieldIssues id="arms-error" issues={mine} />
    </fieldset>
  );
}

/** A few words on what the arm is: its model or classifier, loss and decision rule. */
function describe(arm: ArmLike): string {
  const a = arm as ArmLike & {
    loss?: { name?: unknown };
    classifier?: { hidden?: unknown };
    threshold?: unknown;
  };
  const parts: string[] = [];
  if (typeof a.model?.kind === 'string') parts.push(a.model.kind);
  if (a.classifier && Array.isArray(a.classifier.hidden)) {
    parts.push(a.classifier.hidden.length > 0 ? `mlp ${a.classifier.hidden.join('×')}` : 'linear');
  }
  if (typeof a.loss?.name === 'string') parts.push(a.loss.name);
  if (typeof a.decision?.kind === 'string') parts.push(a.decision.kind);
  const weights = (a.decision as { weights?: unknown } | undefined)?.weights;
  if (weights && typeof weights === 'object')
    parts.push(`ranks by ${Object.keys(weights).join('+')}`);
  if (a.threshold !== undefined) parts.push(`threshold ${String(a.threshold)}`);
  return parts.join(', ');
}

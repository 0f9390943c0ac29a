'use client';

import { armSummary } from '../../lib/arm-summary';
import type { ArmLike } from '../../lib/arms';
import { armIssues, type FieldIssue } from '../../lib/issues';
import { FieldIssues } from './FieldIssues';

export function ArmsPicker({
  pool,
  chosen,
  onToggle,
  issues,
  specArms,
}: {
  pool: readonly ArmLike[];
  chosen: ReadonlySet<string>;
  onToggle: (name: string) => void;
  issues: readonly FieldIssue[];
  /** The spec's arm names in order, so an issue at arms.<i> can say which arm it is about. */
  specArms: readonly (string | undefined)[];
}) {
  const mine = armIssues(issues, specArms);
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
            <label key={arm.name} title={armSummary(arm)}>
              <input
                type="checkbox"
                checked={chosen.has(arm.name)}
                onChange={() => onToggle(arm.name)}
              />
              <span className="mono">{arm.name}</span>
              <span style={{ color: 'var(--faint)', fontSize: 11.5 }}>{armSummary(arm)}</span>
            </label>
          ))}
        </div>
      )}
      <FieldIssues id="arms-error" issues={mine} />
    </fieldset>
  );
}

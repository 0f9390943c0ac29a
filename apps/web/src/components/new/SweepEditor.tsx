'use client';

import { useState } from 'react';
import { type FieldIssue, issuesAt } from '../../lib/issues';
import { getAt } from '../../lib/spec-path';
import { formatSweepValues, parseSweepValues } from '../../lib/sweep-values';
import { FieldIssues } from './FieldIssues';

interface AxisRow {
  path: string;
  text: string;
}

const suggestedPaths = [
  'rounds',
  'world.numUsers',
  'world.numItems',
  'world.slateSize',
  'training.learningRate',
  'training.epochs',
  'training.retrainEvery',
  'arms.*.decision.weights.click',
  'task.numTrain',
  'task.costs.falseNegative',
];

function rowsOf(doc: unknown): AxisRow[] {
  const axes = getAt(doc, 'sweep.axes');
  if (!Array.isArray(axes)) return [];
  return axes.map((axis) => ({
    path: typeof axis?.path === 'string' ? axis.path : '',
    text: Array.isArray(axis?.values) ? formatSweepValues(axis.values) : '',
  }));
}

/**
 * Sweep axes: a dotted path and a comma list of values each; every combination runs for every
 * arm and seed. Keeps the text as typed (a trailing comma while typing is fine) and writes the
 * parsed axes into the spec. Remounted (by key) when the spec changes from elsewhere.
 */
export function SweepEditor({
  doc,
  issues,
  onChange,
}: {
  doc: unknown;
  issues: readonly FieldIssue[];
  onChange: (sweep: unknown) => void;
}) {
  const [rows, setRows] = useState<AxisRow[]>(() => rowsOf(doc));

  const commit = (next: AxisRow[]) => {
    setRows(next);
    onChange(
      next.length === 0
        ? undefined
        : {
            axes: next.map((row) => ({
              path: row.path.trim(),
              values: parseSweepValues(row.text),
            })),
          },
    );
  };

  const general = issuesAt(issues, 'sweep').filter(
    (issue) => !issue.path.startsWith('sweep.axes.'),
  );
  return (
    <fieldset className="field" style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend className="label" style={{ fontSize: 12, fontWeight: 600, color: 'var(--muted)' }}>
        Sweep axes
      </legend>
      <datalist id="sweep-paths">
        {suggestedPaths.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {rows.length === 0 ? (
        <span className="help">No sweep: each arm runs once per seed.</span>
      ) : null}
      {rows.map((row, i) => {
        const pathIssues = issuesAt(issues, `sweep.axes.${i}.path`);
        const valueIssues = issuesAt(issues, `sweep.axes.${i}.values`);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: axes have no identity but their position
          <div className="sweep-row" key={i}>
            <div className="field">
              <label htmlFor={`sweep-path-${i}`}>Axis {i + 1} path</label>
              <input
                id={`sweep-path-${i}`}
                type="text"
                list="sweep-paths"
                value={row.path}
                placeholder="world.numUsers"
                aria-invalid={pathIssues.length > 0}
                aria-describedby={pathIssues.length > 0 ? `sweep-path-${i}-error` : undefined}
                onChange={(e) =>
                  commit(rows.map((r, j) => (j === i ? { ...r, path: e.target.value } : r)))
                }
              />
              <FieldIssues id={`sweep-path-${i}-error`} issues={pathIssues} />
            </div>
            <div className="field">
              <label htmlFor={`sweep-values-${i}`}>Axis {i + 1} values (comma separated)</label>
              <input
                id={`sweep-values-${i}`}
                type="text"
                value={row.text}
                placeholder="0.5, 1, 2"
                aria-invalid={valueIssues.length > 0}
                aria-describedby={valueIssues.length > 0 ? `sweep-values-${i}-error` : undefined}
                onChange={(e) =>
                  commit(rows.map((r, j) => (j === i ? { ...r, text: e.target.value } : r)))
                }
              />
              <FieldIssues id={`sweep-values-${i}-error`} issues={valueIssues} />
            </div>
            <button
              type="button"
              className="button small"
              style={{ marginTop: 20 }}
              aria-label={`Remove axis ${i + 1}`}
              onClick={() => commit(rows.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <div>
        <button
          type="button"
          className="button small"
          disabled={rows.length >= 4}
          onClick={() => commit([...rows, { path: '', text: '' }])}
        >
          Add sweep axis
        </button>
      </div>
      <FieldIssues id="sweep-error" issues={general} />
    </fieldset>
  );
}

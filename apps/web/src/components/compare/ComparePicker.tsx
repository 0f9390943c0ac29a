'use client';

import { formatRelativeTime } from '../../lib/format';
import { type Ref, sameRef } from '../../lib/refs';
import type { ExperimentSummary } from '../../trpc/types';
import { ScrollBox } from '../ui/ScrollBox';
import { StatusBadge } from '../ui/StatusBadge';

/**
 * Choose what to compare: a whole experiment (every arm) or single arms of it. Two or more
 * choices make a comparison.
 */
export function ComparePicker({
  experiments,
  refs,
  onToggle,
}: {
  experiments: readonly ExperimentSummary[];
  refs: readonly Ref[];
  onToggle: (ref: Ref) => void;
}) {
  const has = (ref: Ref) => refs.some((r) => sameRef(r, ref));
  return (
    <ScrollBox label="Experiments to compare" style={{ maxHeight: 300, overflowY: 'auto' }}>
      <table className="data" aria-label="Experiments to compare">
        <thead>
          <tr>
            <th scope="col">Whole experiment</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Or single arms</th>
          </tr>
        </thead>
        <tbody>
          {experiments.map((e) => (
            <tr key={e.id}>
              <td>
                <label style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
                  <input
                    type="checkbox"
                    checked={has({ experimentId: e.id })}
                    onChange={() => onToggle({ experimentId: e.id })}
                  />
                  {e.name}
                  <span className="mono" style={{ color: 'var(--faint)', fontSize: 11 }}>
                    {e.id.slice(0, 8)}
                  </span>
                </label>
              </td>
              <td>
                <StatusBadge status={e.status} />
              </td>
              <td>{formatRelativeTime(e.createdAt)}</td>
              <td>
                <span className="checkbox-row">
                  {e.arms.map((arm) => (
                    <button
                      key={arm}
                      type="button"
                      className="button small"
                      aria-pressed={has({ experimentId: e.id, arm })}
                      aria-label={`Arm ${arm} of ${e.name}`}
                      style={
                        has({ experimentId: e.id, arm })
                          ? { background: 'var(--accent-soft)', borderColor: 'var(--accent)' }
                          : undefined
                      }
                      onClick={() => onToggle({ experimentId: e.id, arm })}
                    >
                      {arm}
                    </button>
                  ))}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

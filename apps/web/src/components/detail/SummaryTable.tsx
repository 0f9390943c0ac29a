'use client';

import { useState } from 'react';
import { formatNumber } from '../../lib/format';
import type { GroupStats } from '../../lib/groups';

/** Per arm (and sweep point): each summary metric's mean and 95% interval across seeds. */
export function SummaryTable({
  groups,
  metrics: all,
  highlighted,
}: {
  groups: readonly GroupStats[];
  /** Every summary metric, the highlighted ones first. */
  metrics: readonly string[];
  /** How many of the first metrics the spec highlights: shown until "show all" is ticked. */
  highlighted: number;
}) {
  const [showAll, setShowAll] = useState(highlighted === 0);
  const metrics = showAll ? all : all.slice(0, highlighted);
  return (
    <div className="table-wrap">
      {highlighted > 0 && highlighted < all.length ? (
        <label className="summary-toggle">
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
          Show all {all.length} metrics (the spec highlights {highlighted})
        </label>
      ) : null}
      <table className="data" aria-label="Summary per arm">
        <thead>
          <tr>
            <th scope="col">Arm</th>
            <th scope="col" className="num">
              Seeds
            </th>
            {metrics.map((m) => (
              <th scope="col" key={m} className="num mono">
                {m}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.group}>
              <th
                scope="row"
                className="mono"
                style={{
                  fontWeight: 500,
                  color: 'var(--text)',
                  background: 'none',
                  position: 'static',
                }}
              >
                {g.label}
              </th>
              <td className="num">{g.runs}</td>
              {metrics.map((m) => {
                const v = g.metrics[m];
                return (
                  <td key={m} className="num">
                    {v ? formatNumber(v.mean) : '–'}
                    {v && v.n > 1 ? (
                      <span className="interval">
                        [{formatNumber(v.low)}, {formatNumber(v.high)}]
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

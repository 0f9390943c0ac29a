'use client';

import type { GroupSummary } from '@goodhart/experiment/results';
import { formatNumber } from '../../lib/format';
import { groupLabel } from '../../lib/group-label';
import { rowHead } from '../ui/row-head';
import { ScrollBox } from '../ui/ScrollBox';
import { useMetricsShown } from '../ui/useMetricsShown';

/** Per arm (and sweep point): each summary metric's mean and 95% interval across seeds. */
export function SummaryTable({
  groups,
  metrics: all,
  highlighted,
}: {
  groups: readonly GroupSummary[];
  /** Every summary metric, the highlighted ones first. */
  metrics: readonly string[];
  /** How many of the first metrics the spec highlights: shown until "show all" is ticked. */
  highlighted: number;
}) {
  const { metrics, toggle } = useMetricsShown(all, highlighted);
  return (
    <ScrollBox label="Summary per arm">
      {toggle}
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
              <th scope="row" className="mono" style={rowHead}>
                {groupLabel(g.arm, g.params)}
              </th>
              <td className="num">{g.runs}</td>
              {metrics.map((m) => {
                const v = g.metrics[m];
                return (
                  <td key={m} className="num">
                    {v ? formatNumber(v.mean) : '–'}
                    {v && v.n > 1 ? (
                      <span className="interval">
                        [{formatNumber(v.lower)}, {formatNumber(v.upper)}]
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

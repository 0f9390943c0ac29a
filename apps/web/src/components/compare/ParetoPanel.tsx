'use client';

import { formatNumber } from '../../lib/format';
import type { CompareResult } from '../../trpc/types';
import { ParetoScatter } from '../charts/ParetoScatter';
import { ScrollBox } from '../ui/ScrollBox';

/** The welfare-vs-engagement scatter and, beside it, its points as a table. */
export function ParetoPanel({ result }: { result: CompareResult }) {
  const { x, y, points } = result.pareto;
  const experimentName = (id: string) =>
    result.columns.find((c) => c.experimentId === id)?.name ?? id;
  const sorted = [...points].sort(
    (a, b) => Number(b.onFront) - Number(a.onFront) || (b.y ?? 0) - (a.y ?? 0),
  );
  return (
    <div className="two-col" style={{ gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)' }}>
      <ParetoScatter
        engagementLabel={x}
        welfareLabel={y}
        points={points.map((p) => ({
          label: p.label,
          group: experimentName(p.group.experimentId),
          engagement: p.x,
          welfare: p.y,
          onFront: p.onFront,
        }))}
      />
      <ScrollBox label="Pareto points">
        <table className="data" aria-label="Arms on welfare and engagement">
          <thead>
            <tr>
              <th scope="col">Arm</th>
              <th scope="col" className="num mono">
                {x}
              </th>
              <th scope="col" className="num mono">
                {y}
              </th>
              <th scope="col">Front</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((p) => (
              <tr key={p.label}>
                <td className="mono wrap">{p.label}</td>
                <td className="num">{formatNumber(p.x)}</td>
                <td className="num">{formatNumber(p.y)}</td>
                <td>{p.onFront ? <span className="badge status-succeeded">on front</span> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}

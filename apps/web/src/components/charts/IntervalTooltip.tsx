'use client';

import type { TooltipContentProps } from 'recharts';
import { formatNumber } from '../../lib/format';

/**
 * The tooltip of a metric chart: per series at the hovered x, the mean, its 95% interval and
 * the seeds it rests on ("0.512 [0.48, 0.54], n = 4"), from the chart row's m<i>, b<i>, n<i>.
 */
export function IntervalTooltip({
  active,
  payload,
  label,
  xLabel,
  seriesLabels,
}: Partial<TooltipContentProps<number, string>> & {
  xLabel: string;
  seriesLabels: readonly string[];
}) {
  if (!active || !payload || payload.length === 0) return null;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-x">
        {xLabel} {typeof label === 'number' ? formatNumber(label) : label}
      </div>
      <ul>
        {payload.map((entry) => {
          const key = String(entry.dataKey ?? '');
          if (!key.startsWith('m')) return null;
          const i = Number(key.slice(1));
          const row = entry.payload as Record<string, unknown>;
          const band = row[`b${i}`];
          const n = row[`n${i}`];
          return (
            <li key={key}>
              <span className="chart-tooltip-mark" style={{ background: entry.color }} />
              {seriesLabels[i] ?? entry.name}: {formatNumber(Number(entry.value))}
              {Array.isArray(band)
                ? ` [${formatNumber(Number(band[0]))}, ${formatNumber(Number(band[1]))}]`
                : ''}
              {typeof n === 'number' ? `, n = ${n}` : ''}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

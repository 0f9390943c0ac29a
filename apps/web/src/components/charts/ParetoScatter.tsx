'use client';

import {
  CartesianGrid,
  Legend,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { formatNumber } from '../../lib/format';
import { ChartFrame } from './ChartFrame';
import { seriesColor } from './palette';

export interface OutcomePoint {
  label: string;
  /** Which group (experiment) the point belongs to: points of a group share a colour. */
  group: string;
  /** Null when the metric was not a number; such points are not drawn. */
  engagement: number | null;
  welfare: number | null;
  /** No other point is at least as good on both axes and better on one. */
  onFront: boolean;
}

const axisTick = { fontSize: 11, fill: '#5d6575' };

/**
 * Welfare against engagement for every arm; the Pareto front (no other arm has both more
 * engagement and more welfare) is joined by a line and drawn with hollow rings.
 */
export function ParetoScatter({
  points,
  engagementLabel,
  welfareLabel,
  height = 340,
}: {
  points: readonly OutcomePoint[];
  engagementLabel: string;
  welfareLabel: string;
  height?: number;
}) {
  const xy = points.flatMap((p) =>
    p.engagement !== null &&
    p.welfare !== null &&
    Number.isFinite(p.engagement) &&
    Number.isFinite(p.welfare)
      ? [{ ...p, engagement: p.engagement, welfare: p.welfare, x: p.engagement, y: p.welfare }]
      : [],
  );
  const front = xy.filter((p) => p.onFront).sort((a, b) => a.x - b.x);
  const groups = [...new Set(points.map((p) => p.group))];
  return (
    <ChartFrame
      title={`${welfareLabel} vs ${engagementLabel}`}
      description={`${welfareLabel} against ${engagementLabel} for each arm; ${front.length} arms on the Pareto front: ${front.map((p) => p.label).join(', ')}`}
      note="Pareto front (no arm beats it on both) joined by the dark line"
    >
      <ScatterChart
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 10, right: 20, bottom: 10, left: 0 }}
      >
        <CartesianGrid stroke="#eef0f4" />
        <XAxis
          dataKey="x"
          type="number"
          name={engagementLabel}
          domain={['auto', 'auto']}
          tick={axisTick}
          tickFormatter={(v: number) => formatNumber(v)}
          label={{
            value: `${engagementLabel} (engagement)`,
            position: 'insideBottom',
            offset: -6,
            fontSize: 11,
            fill: '#8a91a0',
          }}
        />
        <YAxis
          dataKey="y"
          type="number"
          name={welfareLabel}
          domain={['auto', 'auto']}
          width={56}
          tick={axisTick}
          tickFormatter={(v: number) => formatNumber(v)}
          label={{
            value: `${welfareLabel} (welfare)`,
            angle: -90,
            position: 'insideLeft',
            fontSize: 11,
            fill: '#8a91a0',
          }}
        />
        <ZAxis range={[70, 70]} />
        <Tooltip
          cursor={{ strokeDasharray: '3 3' }}
          content={({ active, payload }) => {
            const point = active
              ? (payload?.[0]?.payload as (typeof xy)[number] | undefined)
              : undefined;
            if (!point) return null;
            return (
              <div className="chart-tooltip">
                <strong>{point.label}</strong>
                <div>
                  {engagementLabel}: {formatNumber(point.engagement)}
                </div>
                <div>
                  {welfareLabel}: {formatNumber(point.welfare)}
                </div>
                {point.onFront ? <div>on the Pareto front</div> : null}
              </div>
            );
          }}
        />
        <Legend wrapperStyle={{ fontSize: 12, paddingTop: 8 }} />
        {groups.map((group, g) => (
          <Scatter
            key={group}
            name={group}
            data={xy.filter((p) => p.group === group)}
            fill={seriesColor(g)}
            isAnimationActive={false}
          />
        ))}
        <Scatter
          name="Pareto front"
          data={front}
          line={{ stroke: '#1b1f27', strokeWidth: 1.5 }}
          lineType="joint"
          fill="none"
          stroke="#1b1f27"
          strokeWidth={1.5}
          shape="circle"
          legendType="line"
          isAnimationActive={false}
          className="pareto-front"
        />
      </ScatterChart>
      <ul className="visually-hidden">
        {xy.map((p) => (
          <li key={`${p.group}-${p.label}`}>
            {p.label}: {engagementLabel} {formatNumber(p.engagement)}, {welfareLabel}{' '}
            {formatNumber(p.welfare)}
            {p.onFront ? ' (on the Pareto front)' : ''}
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}
